package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PackedNamesTest {

    @Test
    void readsBackEveryNameInOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            names.add(i % 7 == 0 ? "zoë.łódź" + i : "user" + i);
        }
        names.add("");

        assertThat(PackedNames.of(names)).containsExactlyElementsOf(names);
        assertThat(PackedNames.of(List.of())).isEmpty();
    }
}
