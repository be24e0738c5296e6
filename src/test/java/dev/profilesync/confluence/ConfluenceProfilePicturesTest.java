package dev.profilesync.confluence;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.PersonalInformation;
import com.atlassian.confluence.user.PersonalInformationManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import dev.profilesync.core.Picture;
import dev.profilesync.core.PictureChanges;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Synced pictures become Confluence profile pictures the way Confluence's avatar upload makes them, against mocks of
 * Confluence's services (stand-ins with the real signatures) and a real store.
 */
class ConfluenceProfilePicturesTest {
    private static final Picture PICTURE = new Picture("sha256:abc", "image/jpeg", new byte[] {1, 2, 3, 4});

    private final UserAccessor users = mock(UserAccessor.class);
    private final PersonalInformationManager personal = mock(PersonalInformationManager.class);
    private final AttachmentManager attachments = mock(AttachmentManager.class);
    private final ConfluenceUser alice = mock(ConfluenceUser.class);
    private final PersonalInformation info = mock(PersonalInformation.class);
    private final Attachment created = mock(Attachment.class);
    private final ProfilePictureInfo current = mock(ProfilePictureInfo.class);
    private final ConfluenceProfilePictures pictures = new ConfluenceProfilePictures(users, personal, attachments,
            () -> created);
    private AoStores stores;

    @BeforeEach
    void aliceHasTheDefaultPicture() {
        when(users.getUserByName("alice")).thenReturn(alice);
        when(users.getUserProfilePicture(alice)).thenReturn(current);
        when(current.isDefault()).thenReturn(true);
        when(personal.getOrCreatePersonalInformation(alice)).thenReturn(info);
    }

    @AfterEach
    void closeStores() {
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void aFirstPictureIsANewAttachmentOnThePersonalInformationThenTheProfilePicture() throws IOException {
        byte[][] saved = new byte[1][];
        doAnswer(call -> saved[0] = call.<InputStream>getArgument(2).readAllBytes())
                .when(attachments).saveAttachment(eq(created), isNull(), any());

        assertThat(pictures.apply("alice", PICTURE, false)).isEqualTo(ConfluenceProfilePictures.Outcome.SET);

        verify(created).setMediaType("image/jpeg");
        verify(created).setFileName(ConfluenceProfilePictures.FILE_NAME);
        verify(created).setFileSize(4);
        verify(info).addAttachment(created);
        verify(users).setUserProfilePicture(alice, created);
        assertThat(saved[0]).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aChangedPictureIsANewVersionOfTheSameAttachment() throws IOException {
        Attachment existing = mock(Attachment.class);
        Attachment previous = mock(Attachment.class);
        when(attachments.getAttachment(info, ConfluenceProfilePictures.FILE_NAME)).thenReturn(existing);
        when(existing.clone()).thenReturn(previous);

        pictures.apply("alice", PICTURE, false);

        verify(attachments).saveAttachment(eq(existing), eq(previous), any());
        verify(info, never()).addAttachment(any());
        verify(users).setUserProfilePicture(alice, existing);
    }

    @Test
    void aSelfUploadedPictureIsKeptUnlessTheAdminChoseOtherwise() throws IOException {
        when(current.isDefault()).thenReturn(false);
        when(current.isUploaded()).thenReturn(true);
        when(current.getFileName()).thenReturn("user-avatar");

        assertThat(pictures.apply("alice", PICTURE, false)).isEqualTo(ConfluenceProfilePictures.Outcome.KEPT_UPLOADED);
        verify(attachments, never()).saveAttachment(any(), any(), any());
        verify(users, never()).setUserProfilePicture(any(), any());

        assertThat(pictures.apply("alice", PICTURE, true)).isEqualTo(ConfluenceProfilePictures.Outcome.SET);
        verify(users).setUserProfilePicture(alice, created);
    }

    @Test
    void ourOwnEarlierPictureIsReplacedWhateverTheSetting() {
        when(current.isUploaded()).thenReturn(true);
        when(current.getFileName()).thenReturn(ConfluenceProfilePictures.FILE_NAME);

        assertThat(pictures.apply("alice", PICTURE, false)).isEqualTo(ConfluenceProfilePictures.Outcome.SET);
    }

    @Test
    void aFailingSaveIsReportedWithoutThrowingAndSetsNoPicture() throws IOException {
        doThrow(new IOException("disk full")).when(attachments).saveAttachment(any(), any(), any());

        assertThat(pictures.apply("alice", PICTURE, false)).isEqualTo(ConfluenceProfilePictures.Outcome.FAILED);
        verify(users, never()).setUserProfilePicture(any(), any());
        assertThat(pictures.apply("nobody", PICTURE, false)).isEqualTo(ConfluenceProfilePictures.Outcome.NO_USER);
    }

    @Test
    void theStoreWritesPicturesAndConfluenceGetsTheNewOnesWithTheAdminsChoice() {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("confluence-pictures-" + UUID.randomUUID()));
        when(current.isUploaded()).thenReturn(true);
        when(current.getFileName()).thenReturn("user-avatar");
        StandardProfileFields profiles = new StandardProfileFields(stores.profiles(), users,
                mock(UserDetailsManager.class), pictures, () -> true);

        profiles.write(List.of(new ProfileUpdate("key-alice", "alice", "", Map.of("photo", PICTURE.digest()),
                Set.of(), new PictureChanges(Map.of("photo", PICTURE), Set.of()))));

        assertThat(profiles.picture("key-alice", "photo")).contains(PICTURE);
        ArgumentCaptor<Attachment> set = ArgumentCaptor.forClass(Attachment.class);
        verify(users).setUserProfilePicture(eq(alice), set.capture());
        assertThat(set.getValue()).isSameAs(created);
    }

    @Test
    void aRemovedDirectoryPictureLeavesTheConfluencePictureAlone() {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("confluence-pictures-" + UUID.randomUUID()));
        StandardProfileFields profiles = new StandardProfileFields(stores.profiles(), users,
                mock(UserDetailsManager.class), pictures, () -> true);

        profiles.write(List.of(new ProfileUpdate("key-alice", "alice", "", Map.of(), Set.of("photo"),
                new PictureChanges(Map.of(), Set.of("photo")))));

        verify(users, never()).setUserProfilePicture(any(), any());
    }
}
