package dev.profilesync.core;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parsed template fills in exactly what the regex replacement it replaced made, for any template and any values
 * (braces, dollars, backslashes, spaces and tabs included): the regex version is kept here as the oracle.
 */
class FieldTemplateOracleFuzzTest {
    private static final Pattern PART = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    @FuzzTest(maxDuration = "10s")
    void aParsedTemplateFillsInWhatTheRegexReplacementDid(FuzzedDataProvider data) {
        String template = data.consumeString(60);
        Map<String, String> values = new HashMap<>();
        FieldTemplate parsed = FieldTemplate.of(template);
        List<String> filledIn = new ArrayList<>();
        for (String attribute : parsed.attributes()) {
            values.computeIfAbsent(attribute, a -> data.consumeString(12));
            filledIn.add(values.get(attribute));
        }

        assertThat(parsed.fill(filledIn)).isEqualTo(byRegex(template, values));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{givenName} {sn}|Jane|Doe",
        "  {givenName}\t\t {sn}  |Jane| ",
        "{a}{b}|$1|\\0",
        "Dr. {a} ({b})||",
        "{a{b}} {}|{x}|y",
        "{a} - {b}|  |\t",
        "no parts at all|x|y",
    })
    void examplesFillInWhatTheRegexReplacementDid(String template, String first, String second) {
        FieldTemplate parsed = FieldTemplate.of(template);
        Map<String, String> values = new HashMap<>();
        List<String> filledIn = new ArrayList<>();
        for (String attribute : parsed.attributes()) {
            values.computeIfAbsent(attribute, a -> values.isEmpty() ? nonNull(first) : nonNull(second));
            filledIn.add(values.get(attribute));
        }

        assertThat(parsed.fill(filledIn)).isEqualTo(byRegex(template, values));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** The mapping of a template before it was parsed once: a regex over the template for every entry. */
    private static String byRegex(String template, Map<String, String> values) {
        Matcher matcher = PART.matcher(template);
        StringBuilder out = new StringBuilder();
        boolean anyValue = false;
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            anyValue |= !value.isEmpty();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return anyValue ? SPACES.matcher(out.toString().strip()).replaceAll(" ") : "";
    }
}
