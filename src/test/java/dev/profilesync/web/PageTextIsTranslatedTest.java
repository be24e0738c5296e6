package dev.profilesync.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No words are left in the pages' HTML and scripts: every label, tooltip and message comes from the bundle, and
 * every key the pages and the code name is in it. The scanner is pragmatic: it reads text nodes and the attributes
 * people read (title, placeholder, aria-label, alt) in the HTML, and the string literals of the scripts that look
 * like words for people (two or more plain words, or one capitalised word).
 */
class PageTextIsTranslatedTest {
    private static final Path LOGIN = Path.of("src/main/resources/dev/profilesync/standalone/http/login.html");
    private static final Pattern KEY = Pattern.compile("\\{\\{t:([A-Za-z0-9._-]+)}}|\\{\\{#t}}([A-Za-z0-9._-]+)\\{\\{/t}}");
    private static final Path PEOPLE_TEMPLATES = Path.of("src/main/resources/dev/profilesync/people");
    private static final Pattern MARKER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\s(title|placeholder|aria-label|alt)=\"([^\"]*)\"");
    private static final Pattern JS_STRING = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern JS_KEY = Pattern.compile("'(profilesync\\.[A-Za-z0-9._-]*[A-Za-z0-9])'");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(profilesync\\.[A-Za-z0-9._-]*[A-Za-z0-9])\"");
    private static final Pattern DESCRIPTOR_KEY = Pattern.compile("(?:i18n-name-key|key)=\"(profilesync\\.[^\"]+)\"");
    /**
     * Strings that stay as they are in every language: the product's name; the date pattern the field takes
     * literally (a format, not prose); an HTTP header name; the scripts' strict-mode directive; and the summary's
     * data-count names, which are selectors (tests and styles find a count by them), never shown.
     */
    private static final Set<String> ALLOWED = Set.of("Profile Sync", "dd-MM-yyyy HH:mm:ss", "Accept", "use strict",
            "Scanned", "Updated", "Unchanged", "Skipped", "Failed", "Values changed");
    /**
     * The Profile List preview's form (standalone only) names the macro's parameters and example values as a page
     * author types them into the macro: syntax, not prose.
     */
    private static final Set<String> MACRO_SYNTAX = Set.of("filter", "fields", "sort", "limit", "layout", "table",
            "cards", "name", "department=Sales, location=Berlin", "title, phone, email");
    /** Java string literals that start like a key but are not messages: a system property. */
    private static final Set<String> NOT_MESSAGES = Set.of("profilesync.pictureMaxBytes");

    @Test
    void theHtmlPagesHoldNoWordsOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (AdminPage.Flavor flavor : AdminPage.Flavor.values()) {
            found.addAll(literalsInHtml(AdminPage.template(flavor)));
        }
        found.addAll(literalsInHtml(Files.readString(LOGIN)));
        assertThat(found).isEmpty();
    }

    @Test
    void thePeopleTemplatesHoldNoWordsOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : peopleTemplates()) {
            literalsInHtml(Files.readString(template)).stream().filter(text -> !MACRO_SYNTAX.contains(text))
                    .forEach(text -> found.add(template.getFileName() + ": " + text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScriptsHoldNoWordsOfTheirOwn() {
        List<String> found = new ArrayList<>();
        scripts().forEach(name -> found.addAll(literalsInScript(script(name)).stream().map(s -> name + ": " + s).toList()));
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerFindsWordsWhereTheyAre() {
        assertThat(literalsInHtml("<p title=\"Some tip\">Hello there</p><code>0 1 * * ?</code>"))
                .containsExactly("Hello there", "Some tip");
        assertThat(literalsInHtml("<label>{{#t}}profilesync.people.name{{/t}}</label><p>Hello {{name}}</p>"))
                .containsExactly("Hello");
        assertThat(literalsInScript("el('p', { text: 'Nothing would change.' }); x.className = 'aui-button ps-x';"))
                .containsExactly("Nothing would change.");
    }

    @Test
    void everyKeyThePagesAndTheCodeUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        for (AdminPage.Flavor flavor : AdminPage.Flavor.values()) {
            used.addAll(all(KEY, AdminPage.template(flavor)));
        }
        used.addAll(all(KEY, Files.readString(LOGIN)));
        for (Path template : peopleTemplates()) {
            used.addAll(all(KEY, Files.readString(template)));
        }
        scripts().forEach(name -> used.addAll(all(JS_KEY, script(name))));
        try (Stream<Path> sources = dev.profilesync.i18n.TranslationFilesTest.javaSources()) {
            sources.forEach(path -> used.addAll(all(JAVA_KEY, dev.profilesync.i18n.TranslationFilesTest.read(path))));
        }
        used.addAll(all(DESCRIPTOR_KEY, Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"))));
        used.removeAll(NOT_MESSAGES);
        assertThat(used).hasSizeGreaterThan(250);
        assertThat(dev.profilesync.i18n.TranslationFilesTest.keys()).containsAll(used);
    }

    static List<String> literalsInHtml(String html) {
        String text = html.replaceAll("\\{\\{#t}}[^{]*\\{\\{/t}}", "").replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<code>.*?</code>", "")
                .replaceAll("(?s)<(script|style)\\b.*?</\\1>", "");
        List<String> found = new ArrayList<>();
        Matcher nodes = TEXT_NODE.matcher(text);
        while (nodes.find()) {
            words(nodes.group(1)).ifPresent(found::add);
        }
        Matcher attributes = READ_ATTRIBUTE.matcher(text);
        while (attributes.find()) {
            words(attributes.group(2)).ifPresent(found::add);
        }
        return found;
    }

    static List<String> literalsInScript(String script) {
        String code = script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        List<String> found = new ArrayList<>();
        Matcher strings = JS_STRING.matcher(code);
        while (strings.find()) {
            String value = strings.group(1) != null ? strings.group(1) : strings.group(2);
            if (!value.startsWith("profilesync.") && !ALLOWED.contains(value) && looksLikeWords(value)) {
                found.add(value);
            }
        }
        return found;
    }

    /** Two plain words, or one capitalised one ("Saved.", "Edit"); class names, selectors and paths are not words. */
    private static boolean looksLikeWords(String value) {
        String[] tokens = value.trim().split("\\s+");
        long plain = Stream.of(tokens).filter(t -> t.matches("[A-Za-z]+[.,:;!?\u2026]?")).count();
        return plain >= 2 || (tokens.length == 1 && tokens[0].matches("[A-Z][a-z]+[.:!?\u2026]?"));
    }

    private static java.util.Optional<String> words(String raw) {
        String text = MARKER.matcher(raw.replace("&amp;", "&").replace("&nbsp;", " ")).replaceAll("").strip()
                .replaceAll("\\s+", " ");
        if (ALLOWED.contains(text) || !text.matches("(?s).*\\p{L}.*")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text);
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null || matcher.groupCount() < 2 ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }

    private static List<Path> peopleTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(PEOPLE_TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".mustache")).sorted().toList();
        }
    }

    private static Stream<String> scripts() {
        return StaticAsset.FILES.stream().filter(name -> name.endsWith(".js"));
    }

    private static String script(String name) {
        return new String(StaticAsset.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }
}
