package dev.profilesync.i18n;

import dev.profilesync.web.AdminPage;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a caller reads, and how messages reach the page: as text, escaped, with their arguments. */
class TranslationsTest {

    @Test
    void aBrowserPreferringGermanReadsGerman() {
        assertThat(Translations.fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).isEqualTo(Locale.GERMAN);
        assertThat(Translations.fromAcceptLanguage("fr-CH, de;q=0.7, en;q=0.5")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void englishIsTheFallbackForUnshippedMissingAndBrokenHeaders() {
        assertThat(Translations.fromAcceptLanguage("fr-FR,fr;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.fromAcceptLanguage("")).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.fromAcceptLanguage("de;q=bogus")).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.fromAcceptLanguage("en;q=0.9,de;q=0.1")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aRegionalLocaleReadsItsLanguage() {
        assertThat(Translations.of(Locale.forLanguageTag("de-AT")).locale()).isEqualTo(Locale.GERMAN);
        assertThat(Translations.of(Locale.JAPANESE).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(Translations.of(null).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsGerman() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(Translations.english().text("profilesync.admin.sync.start")).isEqualTo("Start Synchronization");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void messagesTakeArgumentsAndKeepDoubledApostrophesAsOne() {
        Translations english = Translations.english();
        assertThat(english.text("profilesync.api.notfound", "x")).isEqualTo("There is no API action 'x'.");
        assertThat(english.text("profilesync.admin.login.enabled")).isEqualTo("Synchronize a user's profile when they log in");
        assertThat(Translations.of(Locale.GERMAN).text("profilesync.admin.pager.page", 2, 5)).isEqualTo("Seite 2 von 5");
    }

    @Test
    void filledInLabelsAreEscapedText() {
        assertThat(Translations.english().fill("<html lang=\"{{lang}}\"><li>{{t:profilesync.admin.breadcrumb.security}}</li>"))
                .isEqualTo("<html lang=\"en\"><li>Users &amp; Security</li>");
    }

    @Test
    void theAdminPageIsGermanForAGermanReader() {
        String html = AdminPage.html(AdminPage.Flavor.STANDALONE, Translations.of(Locale.GERMAN));
        assertThat(html).contains("<html lang=\"de\">").contains("<h1>Erweiterte Optionen</h1>")
                .contains("Synchronisierung starten").contains("Abmelden").doesNotContain("{{");
        assertThat(AdminPage.html(AdminPage.Flavor.CONFLUENCE)).contains("<h1>Advanced Options</h1>")
                .doesNotContain("{{");
    }

    @Test
    void thePageGetsOnlyItsOwnMessages() {
        assertThat(Translations.of(Locale.GERMAN).page()).containsEntry("profilesync.admin.fields.on", "An")
                .allSatisfy((key, value) -> assertThat(key).startsWith("profilesync.admin."));
    }
}
