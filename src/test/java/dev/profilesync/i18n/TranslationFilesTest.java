package dev.profilesync.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped languages are complete and the same shape: every key in English is in German and back, with the same
 * arguments; the files are ASCII; and the messages Profile Sync formats itself keep MessageFormat's apostrophe rule.
 */
public class TranslationFilesTest {
    static final String ENGLISH = "/i18n/profile-sync.properties";
    static final String GERMAN = "/i18n/profile-sync_de.properties";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    /** Namespaces Profile Sync formats with MessageFormat itself (page, API, login); the rest is Confluence's. */
    private static final Pattern FORMATTED = Pattern.compile("profilesync\\.(admin|api|login)\\..*");

    @Test
    void everyEnglishKeyIsInGermanAndEveryGermanKeyInEnglish() {
        assertThat(load(GERMAN).stringPropertyNames()).isEqualTo(load(ENGLISH).stringPropertyNames());
    }

    @Test
    void germanMessagesTakeTheSameArgumentsAsEnglishOnes() {
        Properties english = load(ENGLISH);
        Properties german = load(GERMAN);
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(arguments(german.getProperty(key)))
                .as(key).isEqualTo(arguments(english.getProperty(key))));
    }

    @Test
    void germanIsTranslatedNotCopied() {
        Properties english = load(ENGLISH);
        Properties german = load(GERMAN);
        long same = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(german.getProperty(key))).count();
        // Product names, units and bare argument patterns such as "{0} ({1})" read the same in both languages.
        assertThat(same).isLessThan(english.size() / 10);
    }

    @Test
    void theFilesAreAsciiSoEveryPropertiesReaderAgrees() {
        for (String file : new String[] {ENGLISH, GERMAN}) {
            assertThat(new String(bytes(file), StandardCharsets.ISO_8859_1)).as(file).matches("\\p{ASCII}*");
        }
    }

    @Test
    void aLiteralApostropheIsWrittenTwiceWhereMessageFormatReadsIt() {
        for (String file : new String[] {ENGLISH, GERMAN}) {
            Properties messages = load(file);
            messages.stringPropertyNames().stream().filter(key -> FORMATTED.matcher(key).matches())
                    .forEach(key -> assertThat(messages.getProperty(key).replace("''", ""))
                            .as(file + " " + key).doesNotContain("'"));
        }
    }

    @Test
    void theBundleIsTheOneThePluginDescriptorDeclares() throws IOException {
        String descriptor = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"));
        assertThat(descriptor).contains("<resource type=\"i18n\" name=\"i18n\" location=\"i18n/profile-sync\"/>");
        assertThat(Translations.BUNDLE).isEqualTo("i18n.profile-sync");
    }

    public static Set<String> keys() {
        return new TreeSet<>(load(ENGLISH).stringPropertyNames());
    }

    static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static byte[] bytes(String file) {
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    public static Stream<Path> javaSources() throws IOException {
        return Files.walk(Path.of("src/main/java")).filter(p -> p.toString().endsWith(".java"));
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
