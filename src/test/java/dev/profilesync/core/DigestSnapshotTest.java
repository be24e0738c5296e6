package dev.profilesync.core;

import dev.profilesync.core.port.ProfileStore;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class DigestSnapshotTest {
    private static final SyncDigest DIGESTS = new SyncDigest(List.of(FieldDefinition.text("title", "Title", "title")));

    @Test
    void confirmsEveryStoredDigestAfterGrowingAndNothingElse() {
        Map<String, String> stored = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            stored.put("key-" + i, digest("key-" + i, "Engineer " + i));
        }

        DigestSnapshot snapshot = DigestSnapshot.of(new Digests(stored));

        assertThat(snapshot.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 7) {
            assertThat(snapshot.matches("key-" + i, digest("key-" + i, "Engineer " + i))).isTrue();
            assertThat(snapshot.matches("key-" + i, digest("key-" + i, "Designer " + i))).isFalse();
        }
        assertThat(snapshot.matches("key-absent", digest("key-absent", "Engineer 1"))).isFalse();
    }

    @Test
    void aDigestOfAnotherVersionOrShapeNeverMatches() {
        DigestSnapshot snapshot = DigestSnapshot.of(new Digests(Map.of("a", "0:old", "b", "1:not-base64!", "c", "")));

        assertThat(snapshot.size()).isZero();
        assertThat(snapshot.matches("a", "0:old")).isFalse();
        assertThat(snapshot.matches("b", "1:not-base64!")).isFalse();
    }

    @Test
    void aDigestIsReadBitForBitAsJavasBase64DecoderReadsIt() {
        java.util.Random random = new java.util.Random(11);
        Map<String, String> stored = new HashMap<>();
        Map<String, String> others = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            byte[] bits = new byte[16];
            random.nextBytes(bits);
            stored.put("key-" + i, SyncDigest.VERSION + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(bits));
            bits[random.nextInt(16)] ^= (byte) (1 << random.nextInt(8));
            others.put("key-" + i, SyncDigest.VERSION + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(bits));
        }

        DigestSnapshot snapshot = DigestSnapshot.of(new Digests(stored));

        assertThat(snapshot.size()).isEqualTo(2_000);
        stored.forEach((key, digest) -> assertThat(snapshot.matches(key, digest)).isTrue());
        others.forEach((key, oneBitOff) -> assertThat(snapshot.matches(key, oneBitOff)).isFalse());
    }

    @Test
    void aDigestOfTheWrongLengthAlphabetOrPaddingNeverMatches() {
        String digest = digest("a", "Rep");
        String body = digest.substring(SyncDigest.VERSION.length());
        DigestSnapshot snapshot = DigestSnapshot.of(new Digests(Map.of("a", digest)));
        char last = body.charAt(body.length() - 1);
        char lastWithPaddingBitsSet = (char) (last == 'A' ? 'B' : last + 1);

        assertThat(snapshot.matches("a", digest)).isTrue();
        assertThat(snapshot.matches("a", digest + "=")).isFalse();
        assertThat(snapshot.matches("a", digest.substring(0, digest.length() - 1))).isFalse();
        assertThat(snapshot.matches("a", SyncDigest.VERSION + "+" + body.substring(1))).isFalse();
        assertThat(snapshot.matches("a", SyncDigest.VERSION + body.substring(0, body.length() - 1)
                + lastWithPaddingBitsSet)).isFalse();
        assertThat(snapshot.matches("a", "2:" + body)).isFalse();
    }

    @Test
    void aStoreThatListsEveryProfileTellsWhoHadNone() {
        DigestSnapshot snapshot = DigestSnapshot.of(new Digests(Map.of("with-digest", digest("with-digest", "Rep"),
                "without-digest", "", "older-digest", "0:old"), true));

        assertThat(snapshot.hadNoProfile("new-user")).isTrue();
        assertThat(snapshot.hadNoProfile("with-digest")).isFalse();
        assertThat(snapshot.hadNoProfile("without-digest")).as("stored without a digest: still a profile").isFalse();
        assertThat(snapshot.hadNoProfile("older-digest")).isFalse();
        assertThat(snapshot.matches("with-digest", digest("with-digest", "Rep"))).isTrue();
        assertThat(snapshot.size()).as("digests held").isEqualTo(1);
    }

    @Test
    void aStoreThatMayNotListEveryProfileNeverSaysANewUserHadNone() {
        assertThat(DigestSnapshot.of(new Digests(Map.of("a", digest("a", "Rep")))).hadNoProfile("new-user")).isFalse();
        assertThat(DigestSnapshot.EMPTY.hadNoProfile("new-user")).isFalse();
    }

    private static String digest(String userKey, String title) {
        return DIGESTS.of(userKey, userKey, "", List.of(new MappedValue.Present(title)));
    }

    /** Only the digests of a store. */
    private record Digests(Map<String, String> stored, boolean keepsSyncDigests) implements ProfileStore {
        Digests(Map<String, String> stored) {
            this(stored, false);
        }

        @Override
        public void forEachSyncDigest(BiConsumer<String, String> visitor) {
            stored.forEach(visitor);
        }

        @Override
        public Map<String, StoredProfile> load(Collection<String> userKeys) {
            return Map.of();
        }

        @Override
        public void write(Collection<ProfileUpdate> updates) {
        }

        @Override
        public void forEach(Consumer<StoredProfile> visitor) {
        }
    }
}
