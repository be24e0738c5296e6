package dev.profilesync.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests are stored with profiles, so the bytes they are made of must not change within a {@link SyncDigest#VERSION}:
 * these values were made by the first version-1 build. Should this fail, bump the version instead of the values.
 */
class SyncDigestBytesTest {
    private final SyncDigest digests = new SyncDigest(List.of(FieldDefinition.text("title", "Title", "title"),
            FieldDefinition.text("department", "Department", "departmentNumber")));

    @Test
    void digestsStoredByEarlierBuildsOfThisVersionStillMatch() {
        assertThat(digests.of("key-1", "alice", "uuid-1",
                List.of(new MappedValue.Present("Zoë \"Rep\"\n東京"), MappedValue.MISSING)))
                .isEqualTo("1:gezYrTOoKAQmfCnu-s298A");
        assertThat(digests.of("key-2", "bob", "", List.of(new MappedValue.Rejected("too long"),
                new MappedValue.Present("")))).isEqualTo("1:T9Z7xpEV3rNjZoK5haDRzA");
    }

    @Test
    void aUserLongerThanTheBufferDigestsAsTheSameBytesWould() {
        String longValue = "x".repeat(10_000);
        String first = digests.of("k", "u", "", List.of(new MappedValue.Present(longValue), MappedValue.MISSING));

        assertThat(digests.of("k", "u", "", List.of(new MappedValue.Present("short"), MappedValue.MISSING)))
                .isNotEqualTo(first);
        assertThat(digests.of("k", "u", "", List.of(new MappedValue.Present(longValue), MappedValue.MISSING)))
                .isEqualTo(first);
    }
}
