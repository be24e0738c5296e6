package dev.profilesync.core.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldTest {
    @Test
    void foldsCaseAccentsAndInvisibleCharacters() {
        assertThat(TextFold.fold("Zürich")).isEqualTo("zurich");
        assertThat(TextFold.fold("Straße")).isEqualTo("strasse");
        assertThat(TextFold.fold("Ze\u200Bro\u202Ewidth")).isEqualTo("zerowidth");
        assertThat(TextFold.fold("ÉCOLE")).isEqualTo("ecole");
    }

    @Test
    void wordsSplitOnAnythingButLettersAndDigits() {
        assertThat(TextFold.words("Sales / EMEA-North  +49 30")).isEqualTo(" sales emea north 49 30");
    }
}
