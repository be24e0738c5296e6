package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PackedKeysTest {

    @Test
    void holdsTheSameKeysAndValuesAsAHashMapAfterGrowing() {
        PackedKeys keys = new PackedKeys();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            String key = "user" + (i % 70_000) + (i % 3 == 0 ? "é" : "");
            assertThat(keys.put(key, i)).isEqualTo(orAbsent(expected.put(key, i)));
        }

        assertThat(keys.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(keys.get(key)).isEqualTo(value));
        assertThat(keys.get("user70000")).isEqualTo(PackedKeys.ABSENT);
        assertThat(keys.contains("")).isFalse();
    }

    @Test
    void keysWithTheSameHashStayApart() {
        PackedKeys keys = new PackedKeys(bytes -> 42);

        assertThat(keys.add("alice")).isTrue();
        assertThat(keys.add("bob")).isTrue();
        assertThat(keys.add("alice")).isFalse();
        assertThat(keys.put("carol", 7)).isEqualTo(PackedKeys.ABSENT);

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.contains("bob")).isTrue();
        assertThat(keys.get("carol")).isEqualTo(7);
        assertThat(keys.contains("dave")).isFalse();
        assertThat(keys.contains("alic")).isFalse();
    }

    @Test
    void aKeyIsNotConfusedWithAKeyThatEndsWhereItsTextBegins() {
        PackedKeys keys = new PackedKeys(bytes -> 1);

        int entry = keys.addWithText("ab", 3, "cd");

        assertThat(keys.text(entry)).isEqualTo("cd");
        assertThat(keys.value(entry)).isEqualTo(3);
        assertThat(keys.contains("abcd")).isFalse();
        assertThat(keys.contains("a")).isFalse();
        assertThat(keys.addWithText("ab", 4, "other")).isEqualTo(PackedKeys.ABSENT);
        assertThat(keys.text(keys.entryOf("ab"))).isEqualTo("cd");
    }

    @Test
    void aTextEqualToItsKeyIsKeptOnceAndReadBackBesideOtherTexts() {
        PackedKeys keys = new PackedKeys(bytes -> 7);
        for (int i = 0; i < 2_000; i++) {
            keys.addWithText("user" + i, i, i % 2 == 0 ? "user" + i : "key-" + i);
        }
        long footprintWithSharedTexts = keys.footprint();

        for (int i = 0; i < 2_000; i++) {
            int entry = keys.entryOf("user" + i);
            assertThat(keys.text(entry)).isEqualTo(i % 2 == 0 ? "user" + i : "key-" + i);
            assertThat(keys.value(entry)).isEqualTo(i);
        }
        assertThat(keys.contains("user1key-1")).isFalse();
        assertThat(keys.entryOf("user2000")).isEqualTo(PackedKeys.ABSENT);
        PackedKeys copies = new PackedKeys(bytes -> 7);
        for (int i = 0; i < 2_000; i++) {
            copies.addWithText("user" + i, i, "x" + ("user" + i).substring(1));
        }
        assertThat(footprintWithSharedTexts).isLessThan(copies.footprint());
    }

    @Test
    void clearingForgetsEveryKeyAndTheTableFillsAgain() {
        PackedKeys keys = new PackedKeys();
        for (int i = 0; i < 1_000; i++) {
            keys.add("k" + i);
        }

        keys.clear();

        assertThat(keys.size()).isZero();
        assertThat(keys.contains("k1")).isFalse();
        assertThat(keys.add("k1")).isTrue();
        assertThat(keys.contains("k1")).isTrue();
    }

    @Test
    void usesFarLessThanAHashMapPerKey() {
        PackedKeys keys = new PackedKeys();
        for (int i = 0; i < 100_000; i++) {
            keys.add("uid=user" + i);
        }

        assertThat(keys.footprint() / keys.size()).isLessThan(64);
    }

    private static int orAbsent(Integer value) {
        return value == null ? PackedKeys.ABSENT : value;
    }
}
