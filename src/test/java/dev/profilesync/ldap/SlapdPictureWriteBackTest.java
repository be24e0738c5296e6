package dev.profilesync.ldap;

import dev.profilesync.core.Picture;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.edit.PictureWriteBack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picture write-back's directory half against the real slapd of .ci/test-env.sh: jpegPhoto read as bytes by the
 * write bind, written as a compare-and-swap, refused as a conflict when the picture changed since the form opened.
 * Skipped without slapd.
 */
class SlapdPictureWriteBackTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final byte[] OLD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    private static final byte[] NEW = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 4, 5, 6, 0, (byte) 0x80};
    private static WritableSlapd slapd;

    @BeforeAll
    static void start() throws Exception {
        slapd = WritableDirectory.slapd();
    }

    @AfterAll
    static void stop() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    private static LdapDirectoryWriter writer() {
        return new LdapDirectoryWriter(slapd.config(slapd.adminDn(), slapd.adminPassword()));
    }

    private static String personWithPhoto(byte[] photo) throws Exception {
        String dn = slapd.person("pic" + PEOPLE.incrementAndGet());
        if (photo != null) {
            setPhoto(dn, photo);
        }
        return dn;
    }

    private static void setPhoto(String dn, byte[] photo) throws Exception {
        slapd.replace(dn, "jpegPhoto", photo);
    }

    private static byte[] photo(String dn) {
        return writer().currentBytes(dn, "jpegPhoto").get(0);
    }

    @Test
    void thePictureOpenedIsReplacedByTheUploadedBytes() throws Exception {
        String dn = personWithPhoto(OLD);
        String opened = PictureWriteBack.openedDigest(writer().currentBytes(dn, "jpegPhoto"));

        WriteOutcome outcome = PictureWriteBack.write(writer(), dn, "jpegPhoto", opened, NEW);

        assertThat(opened).isEqualTo(Picture.digestOf(OLD));
        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(photo(dn)).isEqualTo(NEW);
    }

    @Test
    void anEntryWithoutPictureGetsOneByReplace() throws Exception {
        String dn = personWithPhoto(null);

        WriteOutcome outcome = PictureWriteBack.write(writer(), dn, "jpegPhoto", PictureWriteBack.NONE, NEW);

        assertThat(outcome.written()).isTrue();
        assertThat(photo(dn)).isEqualTo(NEW);
    }

    @Test
    void aPictureChangedSinceTheFormOpenedIsAConflictAndNothingIsWritten() throws Exception {
        String dn = personWithPhoto(OLD);
        String opened = Picture.digestOf(OLD);
        setPhoto(dn, new byte[] {(byte) 0xFF, (byte) 0xD8, 9});

        WriteOutcome outcome = PictureWriteBack.write(writer(), dn, "jpegPhoto", opened, NEW);

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(photo(dn)).containsExactly((byte) 0xFF, (byte) 0xD8, 9);
    }

    @Test
    void aSwapOfBytesNoLongerThereIsRefusedEvenWhereTheServerCannotCompareThem() throws Exception {
        String dn = personWithPhoto(OLD);
        setPhoto(dn, new byte[] {7});

        WriteOutcome outcome = writer().writeBytes(dn, "jpegPhoto", java.util.List.of(OLD), NEW);

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(photo(dn)).containsExactly(7);
    }
}
