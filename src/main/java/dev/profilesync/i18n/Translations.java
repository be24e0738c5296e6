package dev.profilesync.i18n;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' words in one language, from {@code i18n/profile-sync*.properties}: the bundle the plugin descriptor
 * declares, so Confluence's I18nResolver reads the same keys. The files are ASCII with {@code \\uXXXX} escapes, which
 * every reader of properties agrees on (Java 8's ISO-8859-1, Java 9+'s UTF-8, Atlassian's own loaders). Messages
 * follow {@link MessageFormat}: {@code {0}} is an argument and a literal apostrophe is written twice, as Confluence
 * formats them too. Immutable and thread-safe; one instance per shipped language.
 */
public final class Translations {
    public static final String BUNDLE = "i18n.profile-sync";
    /** The languages shipped complete; English is the base file and the fallback for every other language. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN);
    /** Keys the admin page's scripts read ({@code api/messages}). */
    public static final String PAGE_PREFIX = "profilesync.admin.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{t:([A-Za-z0-9._-]+)}}");
    private static final Map<Locale, Translations> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> messages;

    private Translations(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = Map.copyOf(messages);
    }

    /** The shipped language nearest to this locale (de_AT reads German), English when none is. */
    public static Translations of(Locale requested) {
        return LOADED.computeIfAbsent(shipped(requested), Translations::load);
    }

    /** English: what a host without a caller's language uses (logs, tests, the command line). */
    public static Translations english() {
        return of(Locale.ENGLISH);
    }

    /**
     * The shipped language a browser prefers by its {@code Accept-Language} header; English when it names none of
     * them or the header cannot be parsed (a broken header is the browser's problem, never an error page).
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SHIPPED);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    public static Locale shipped(Locale requested) {
        String language = requested == null ? "" : requested.getLanguage();
        return SHIPPED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The message for this key with its {@code {n}} arguments filled in; a missing key is a programming error. */
    public String text(String key, Object... arguments) {
        String pattern = messages.get(key);
        if (pattern == null) {
            throw new MissingResourceException("No message " + key, BUNDLE, key);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The messages the page's scripts use, as they are in the file (the page formats them itself). */
    public Map<String, String> page() {
        Map<String, String> page = new TreeMap<>();
        messages.forEach((key, value) -> {
            if (key.startsWith(PAGE_PREFIX)) {
                page.put(key, value);
            }
        });
        return page;
    }

    /**
     * A page template with {@code {{t:key}}} replaced by that message, HTML-escaped, and {@code {{lang}}} by the
     * language tag. Templates hold no other markers, so nothing else is touched.
     */
    public String fill(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template.replace("{{lang}}", locale.toLanguageTag()));
        StringBuilder out = new StringBuilder(template.length() + 1024);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(Html.escape(text(matcher.group(1)))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Translations load(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader(),
                // Without this, a request for English on a JVM whose default locale is German would read German.
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            messages.put(key, bundle.getString(key));
        }
        return new Translations(locale, messages);
    }

    @Override
    public String toString() {
        return "Translations[" + locale + ", " + messages.size() + " messages]";
    }

    /** Text into HTML: the five characters that could end a text node or an attribute value. */
    public static final class Html {
        private Html() {
        }

        public static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (char c : Objects.requireNonNull(text).toCharArray()) {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}
