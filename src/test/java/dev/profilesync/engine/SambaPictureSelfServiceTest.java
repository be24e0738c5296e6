package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.ldap.WritableDirectory;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PictureSelfServiceContract} on the real Samba AD DC (.ci/test-env.sh), thumbnailPhoto; plus AD's own cap on
 * it (100 KB, the schema's rangeUpper), which the sync's 1 MiB cap lets through. Each test has its own OU.
 */
class SambaPictureSelfServiceTest extends PictureSelfServiceContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.samba();
    }

    @Test
    void aPictureOverActiveDirectorysCapIsRefusedInWordsAndNothingIsStored() throws Exception {
        setPicture(dn, FIRST);
        byte[] large = noise(500);
        assertThat(large.length).isBetween(110_000, (int) fixture.editor.maxPictureBytes());

        SaveResult result = upload(openedNow(), large);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Refused.class, refused -> {
            // Samba answers 21 (0000200B, a value outside the schema's range); Windows is documented to answer 19.
            assertThat(refused.resultCode()).isEqualTo(21);
            assertThat(refused.reason()).contains("refused the picture of " + large.length + " bytes")
                    .contains("at most 100 KB in thumbnailPhoto").contains("choose a smaller picture");
        });
        assertThat(pictures(dn)).containsExactly(FIRST);
        assertThat(fixture.stored(username)).containsEntry("picture", dev.profilesync.core.Picture.digestOf(FIRST));
        assertThat(fixture.stores.writeBacks().recent(1).get(0).result()).isEqualTo(WriteBackRecord.Result.REFUSED);
    }

    @Test
    void aPictureRefusedAfterTheTextWasWrittenKeepsTheTextAndSaysSo() throws Exception {
        SaveResult result = fixture.editor.save(username, openedNow(), java.util.Map.of("phone", "+1 555 0123"),
                java.util.Map.of("picture", noise(500)), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.NotSaved.class, notSaved -> assertThat(notSaved.reason())
                .startsWith("Your other changes were saved, but the directory refused the picture"));
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0123");
        assertThat(fixture.stored(username)).containsEntry("phone", "+1 555 0123").doesNotContainKey("picture");
        assertThat(pictures(dn)).isEmpty();
    }

    /** A JPEG of random pixels: it compresses badly, so a few hundred pixels a side pass 100 KB. */
    private static byte[] noise(int side) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

}
