package dev.profilesync.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackedValuesTest {

    @Test
    void everyCharacterADirectoryValueMayHoldReadsBackUnchanged() throws JsonProcessingException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("quote", "\"'\\ {\"a\":1}");
        values.put("lines", "first\nsecond\r\nthird\ttab");
        values.put("control", "\u0000\u0001\u001f\u007f");
        values.put("unicode", "Zoë Łódź 東京 🙂 \u202Eright-to-left");
        values.put("lonely surrogate", "\uD800x");
        values.put("empty", "");
        values.put("formula", "=HYPERLINK(\"http://x\")");
        values.put("long", "x".repeat(40_000));

        assertThat(PackedValues.unpack("k", PackedValues.pack(values))).isEqualTo(values);
        assertThat(PackedValues.pack(values)).as("the text Jackson's data binding writes, as rows written before")
                .isEqualTo(new ObjectMapper().writeValueAsString(new TreeMap<>(values)));
    }

    @Test
    void keysAreSortedSoEqualProfilesAreEqualText() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("title", "Rep");
        one.put("department", "Sales");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("department", "Sales");
        other.put("title", "Rep");

        assertThat(PackedValues.pack(one)).isEqualTo(PackedValues.pack(other))
                .isEqualTo("{\"department\":\"Sales\",\"title\":\"Rep\"}");
    }

    @Test
    void noTextHoldsNoValuesAndANullValueReadsAsEmpty() {
        assertThat(PackedValues.unpack("k", null)).isEmpty();
        assertThat(PackedValues.unpack("k", "")).isEmpty();
        assertThat(PackedValues.unpack("k", "{\"phone\":null}")).containsExactly(Map.entry("phone", ""));
    }

    @Test
    void anUnreadableRowFailsNamingTheUserInsteadOfReadingAsNoValues() {
        assertThatThrownBy(() -> PackedValues.unpack("user-42", "{\"department\":\"Sa"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("user key 'user-42'")
                .hasMessageContaining("run a full sync");
    }
}
