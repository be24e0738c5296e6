package dev.profilesync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field template split once into the attribute names in its braces and the text around them, so that mapping an
 * entry joins strings instead of running a regex over the template (a fifth of mapping an unchanged full sync, in
 * the flame graph of docs/benchmarks.md). Text in braces that holds a brace is not a part and stays as written.
 * Parsed templates are remembered, at most {@value #MAX_KEPT}; immutable and thread-safe.
 */
final class FieldTemplate {
    /** An attribute's name in braces; FieldDefinition checks templates with it too. */
    static final Pattern PART = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final int MAX_KEPT = 1_000;
    private static final Map<String, FieldTemplate> PARSED = new ConcurrentHashMap<>();
    private final List<String> attributes;
    /** One more than the attributes: the text before each attribute, then the text after the last. */
    private final List<String> texts;

    private FieldTemplate(List<String> attributes, List<String> texts) {
        this.attributes = attributes;
        this.texts = texts;
    }

    static FieldTemplate of(String template) {
        FieldTemplate parsed = PARSED.get(template);
        if (parsed == null) {
            parsed = parse(template);
            if (PARSED.size() < MAX_KEPT) {
                PARSED.put(template, parsed);
            }
        }
        return parsed;
    }

    private static FieldTemplate parse(String template) {
        List<String> attributes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher matcher = PART.matcher(template);
        int from = 0;
        while (matcher.find()) {
            texts.add(template.substring(from, matcher.start()));
            attributes.add(matcher.group(1));
            from = matcher.end();
        }
        texts.add(template.substring(from));
        return new FieldTemplate(List.copyOf(attributes), List.copyOf(texts));
    }

    /** The attribute names in braces, in template order (an empty pair of braces names the empty attribute). */
    List<String> attributes() {
        return attributes;
    }

    /**
     * The template with each attribute replaced by its value, stripped, runs of spaces and tabs made one space; empty
     * when every value is empty (a template of missing attributes is a missing value, not a string of separators).
     */
    String fill(List<String> values) {
        StringBuilder out = new StringBuilder(texts.get(0));
        boolean anyValue = false;
        for (int i = 0; i < attributes.size(); i++) {
            String value = values.get(i);
            anyValue |= !value.isEmpty();
            out.append(value).append(texts.get(i + 1));
        }
        return anyValue ? collapseSpaces(out.toString().strip()) : "";
    }

    private static String collapseSpaces(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (isSpaceOrTab(text.charAt(i)) && isSpaceOrTab(text.charAt(i - 1))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
