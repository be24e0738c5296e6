package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchPhaseTest {
    @Test
    void shortKeyNamesThePhaseWhateverTheCase() {
        assertThat(BenchPhase.ofKey("Unchanged")).isEqualTo(BenchPhase.UNCHANGED_FULL);
        assertThat(BenchPhase.ofKey("single")).isEqualTo(BenchPhase.SINGLE_USER);
    }

    @Test
    void unknownKeyListsTheKeysThereAre() {
        assertThatThrownBy(() -> BenchPhase.ofKey("warmup"))
                .hasMessage("no phase warmup: give one of floor, first, unchanged-cold, unchanged, incremental-cold, incremental, single");
    }
}
