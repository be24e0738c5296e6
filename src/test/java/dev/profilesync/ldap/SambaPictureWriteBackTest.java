package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Picture write-back's directory half against the real Samba AD DC: thumbnailPhoto (octet string) has an equality
 * rule, so unlike slapd's jpegPhoto the server itself checks the delete-value of the bytes read. Skipped without
 * Samba.
 */
class SambaPictureWriteBackTest {
    private static final byte[] OLD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    private static final byte[] NEW = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 4, 5, 6, 0, (byte) 0x80};
    private WritableSamba samba;
    private String dn;

    @BeforeEach
    void person() throws Exception {
        SambaDirectory.assumeRunning();
        samba = new WritableSamba();
        dn = samba.person("picwb");
        setPhoto(OLD);
    }

    @AfterEach
    void removeOu() throws Exception {
        if (samba != null) {
            samba.close();
        }
    }

    private LdapDirectoryWriter writer() {
        return new LdapDirectoryWriter(samba.config(SambaDirectory.adminDn(), SambaDirectory.adminPassword()));
    }

    private void setPhoto(byte[] photo) throws Exception {
        try (LDAPConnection admin = SambaDirectory.adminConnection()) {
            admin.modify(dn, new Modification(ModificationType.REPLACE, "thumbnailPhoto", photo));
        }
    }

    @Test
    void theBytesReadAreSwappedForTheNewOnes() {
        WriteOutcome outcome = writer().writeBytes(dn, "thumbnailPhoto", writer().currentBytes(dn, "thumbnailPhoto"),
                NEW);

        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(writer().currentBytes(dn, "thumbnailPhoto")).containsExactly(NEW);
    }

    @Test
    void theServerRefusesASwapOfBytesNoLongerThereAsAChangeMeanwhile() throws Exception {
        setPhoto(new byte[] {7});

        WriteOutcome outcome = writer().writeBytes(dn, "thumbnailPhoto", List.of(OLD), NEW);

        assertThat(outcome.resultCode()).isEqualTo(WriteOutcome.NO_SUCH_ATTRIBUTE);
        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(writer().currentBytes(dn, "thumbnailPhoto")).containsExactly(new byte[] {7});
    }
}
