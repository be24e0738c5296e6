package dev.profilesync.engine;

import dev.profilesync.core.Picture;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.ldap.AgainstWritableDirectory;
import dev.profilesync.picture.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person uploads their picture on the edit form and it is written back to a real directory (slapd's jpegPhoto,
 * the Samba AD DC's thumbnailPhoto) through {@link WriteBackFixture}'s PICTURE field {@code picture}, with the
 * sync's real picture processor. Each test has its own person; a subclass gives the server.
 */
abstract class PictureSelfServiceContract extends AgainstWritableDirectory {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    protected static final byte[] FIRST = TestImages.image("jpeg", 300, 200, Color.RED);
    protected static final byte[] MINE = TestImages.image("png", 120, 120, Color.BLUE);
    protected static final byte[] THEIRS = TestImages.image("gif", 80, 80, Color.GREEN);
    protected WriteBackFixture fixture;
    protected String username;
    protected String dn;

    /** The picture attribute of this directory. */
    protected String attribute() {
        return directory.pictureAttribute();
    }

    /** Sets the picture as the admin, as another system changing the directory would. */
    protected void setPicture(String dn, byte[] bytes) throws Exception {
        directory.replace(dn, attribute(), bytes);
    }

    /** The entry's pictures as the directory holds them now. */
    protected List<byte[]> pictures(String dn) throws Exception {
        return directory.bytes(dn, attribute());
    }

    @BeforeEach
    void person() throws Exception {
        username = "pic" + PEOPLE.incrementAndGet();
        dn = directory.person(username, "telephoneNumber", "+1 555 0100");
        fixture = new WriteBackFixture(directory.config(directory.adminDn(), directory.adminPassword()),
                attribute()).withUsers(username);
    }

    @AfterEach
    void closeFixture() {
        if (fixture != null) {
            fixture.close();
        }
    }

    protected Map<String, String> openedNow() {
        EditForm form = fixture.editor.open(username).orElseThrow();
        Map<String, String> opened = new HashMap<>();
        form.fields().forEach(f -> opened.put(f.definition().key(), f.opened()));
        return opened;
    }

    protected SaveResult upload(Map<String, String> opened, byte[] bytes) {
        return fixture.editor.save(username, opened, Map.of(), Map.of("picture", bytes), username);
    }

    @Test
    void anUploadIsWrittenToTheDirectoryAndStoredSoTheNextSyncFindsNoChange() throws Exception {
        Map<String, String> opened = openedNow();

        SaveResult result = upload(opened, MINE);

        assertThat(opened.get("picture")).isEmpty();
        assertThat(result).isEqualTo(new SaveResult.Saved(List.of("picture")));
        assertThat(pictures(dn)).containsExactly(MINE);
        assertThat(fixture.stored(username)).containsEntry("picture", Picture.digestOf(MINE));
        Picture stored = fixture.stores.profiles().picture(username, "picture").orElseThrow();
        assertThat(stored.digest()).isEqualTo(Picture.digestOf(MINE));
        assertThat(fixture.engine.run(SyncRequest.user(username, SyncTrigger.MANUAL)).changes()).isEmpty();
        assertThat(fixture.stores.profiles().picture(username, "picture")).contains(stored);
        assertThat(openedNow()).containsEntry("picture", Picture.digestOf(MINE));
    }

    @Test
    void aPictureReplacesTheOneTheFormOpenedWithAndTheAuditHoldsDigestsAndSizesOnly() throws Exception {
        setPicture(dn, FIRST);
        Map<String, String> opened = openedNow();

        SaveResult result = upload(opened, MINE);

        assertThat(opened).containsEntry("picture", Picture.digestOf(FIRST));
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(pictures(dn)).containsExactly(MINE);
        WriteBackRecord record = fixture.stores.writeBacks().recent(1).get(0);
        assertThat(record.result()).isEqualTo(WriteBackRecord.Result.WRITTEN);
        assertThat(record.changes()).containsExactly(new WriteBackRecord.Change("picture", attribute(),
                Picture.digestOf(FIRST) + " (" + FIRST.length + " bytes)",
                Picture.digestOf(MINE) + " (" + MINE.length + " bytes)"));
    }

    @Test
    void aPictureChangedInTheDirectoryAfterOpeningIsAConflictShownWithBothPicturesAndNothingIsWritten()
            throws Exception {
        setPicture(dn, FIRST);
        Map<String, String> opened = openedNow();
        setPicture(dn, THEIRS);

        SaveResult result = fixture.editor.save(username, opened, Map.of("phone", "+1 555 0999"),
                Map.of("picture", MINE), username);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflicts.class, conflicts -> {
            assertThat(conflicts.conflicts()).containsExactly(new SaveResult.Conflict("picture",
                    Picture.digestOf(MINE), Picture.digestOf(THEIRS)));
            SaveResult.PicturePair pair = conflicts.pictures().get("picture");
            assertThat(pair.mine().orElseThrow().digest()).isEqualTo(Picture.digestOf(MINE));
            assertThat(pair.directory().orElseThrow().digest()).isEqualTo(Picture.digestOf(THEIRS));
        });
        assertThat(pictures(dn)).containsExactly(THEIRS);
        assertThat(fixture.stored(username)).doesNotContainEntry("phone", "+1 555 0999");
        WriteBackRecord record = fixture.stores.writeBacks().recent(1).get(0);
        assertThat(record.result()).isEqualTo(WriteBackRecord.Result.CONFLICT);
        assertThat(record.changes().get(0).oldValue()).isEqualTo(Picture.digestOf(THEIRS) + " (" + THEIRS.length
                + " bytes)");
    }

    @Test
    void aConflictResolvedByKeepingMineWritesMine() throws Exception {
        setPicture(dn, FIRST);
        Map<String, String> opened = openedNow();
        setPicture(dn, THEIRS);
        upload(opened, MINE);

        // The form reopens after the conflict with the directory's new picture as the opened one.
        SaveResult result = upload(openedNow(), MINE);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(pictures(dn)).containsExactly(MINE);
        assertThat(fixture.stored(username)).containsEntry("picture", Picture.digestOf(MINE));
    }

    @Test
    void aConflictResolvedByTakingTheDirectorysPictureWritesNothingAndTheProfileFollowsTheDirectory()
            throws Exception {
        setPicture(dn, FIRST);
        Map<String, String> opened = openedNow();
        setPicture(dn, THEIRS);
        upload(opened, MINE);
        int audited = fixture.stores.writeBacks().recent(100).size();

        SaveResult result = fixture.editor.save(username, openedNow(), Map.of(), Map.of(), username);

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(pictures(dn)).containsExactly(THEIRS);
        assertThat(fixture.stored(username)).containsEntry("picture", Picture.digestOf(THEIRS));
        assertThat(fixture.stores.writeBacks().recent(100)).hasSize(audited);
    }

    @Test
    void oversizedCorruptAndBombUploadsAreFieldErrorsAndNothingIsWritten() throws Exception {
        setPicture(dn, FIRST);
        Map<String, String> opened = openedNow();
        int audited = fixture.stores.writeBacks().recent(100).size();

        SaveResult oversized = upload(opened, new byte[(int) fixture.editor.maxPictureBytes() + 1]);
        SaveResult corrupt = upload(opened, TestImages.corruptJpeg());
        SaveResult bomb = upload(opened, TestImages.pngClaiming(100_000, 100_000));
        SaveResult text = upload(opened, "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(error(oversized)).contains("bytes; at most " + fixture.editor.maxPictureBytes());
        assertThat(error(corrupt)).contains("could not be decoded");
        assertThat(error(bomb)).contains("decompression bomb");
        assertThat(error(text)).contains("not a JPEG, PNG or GIF");
        assertThat(pictures(dn)).containsExactly(FIRST);
        assertThat(fixture.stored(username)).containsEntry("picture", Picture.digestOf(FIRST));
        assertThat(fixture.stores.writeBacks().recent(100)).hasSize(audited);
    }

    @Test
    void textPostedForAPictureFieldIsIgnored() throws Exception {
        setPicture(dn, FIRST);

        SaveResult result = fixture.editor.save(username, openedNow(), Map.of("picture", "sha256:00"), username);

        assertThat(result).isEqualTo(new SaveResult.Saved(List.of()));
        assertThat(pictures(dn)).containsExactly(FIRST);
    }

    private static String error(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        return ((SaveResult.Invalid) result).errors().get("picture");
    }
}
