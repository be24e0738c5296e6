package dev.profilesync.confluence;

import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.PersonalInformation;
import com.atlassian.confluence.user.PersonalInformationManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.actions.ProfilePictureInfo;
import dev.profilesync.core.Picture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Sets a synced picture as the person's Confluence profile picture, the way Confluence's own avatar upload does: an
 * attachment on their PersonalInformation (a new version when there is one), then
 * {@code UserAccessor.setUserProfilePicture}. The attachment is named {@value #FILE_NAME}, not Confluence's
 * {@code user-avatar}, so a picture the person uploaded is never overwritten and is told apart from ours by name:
 * it is replaced as the profile picture only when the admin chose so. Failures are logged and counted; the synced
 * values are already stored. Called on the sync's thread.
 */
final class ConfluenceProfilePictures {
    static final String FILE_NAME = "profile-sync-avatar";
    private static final Logger LOG = LoggerFactory.getLogger(ConfluenceProfilePictures.class);

    private final UserAccessor users;
    private final PersonalInformationManager personal;
    private final AttachmentManager attachments;
    private final Supplier<Attachment> newAttachment;

    ConfluenceProfilePictures(UserAccessor users, PersonalInformationManager personal, AttachmentManager attachments,
                              Supplier<Attachment> newAttachment) {
        this.users = users;
        this.personal = personal;
        this.attachments = attachments;
        this.newAttachment = newAttachment;
    }

    /** What became of one picture. */
    enum Outcome { SET, KEPT_UPLOADED, NO_USER, FAILED }

    Outcome apply(String username, Picture picture, boolean replaceUploaded) {
        try {
            ConfluenceUser user = users.getUserByName(username);
            if (user == null) {
                LOG.warn("Profile Sync could not set the profile picture of '{}': Confluence has no such user", username);
                return Outcome.NO_USER;
            }
            if (!replaceUploaded && isSelfUploaded(users.getUserProfilePicture(user))) {
                LOG.info("Profile Sync kept the profile picture '{}' uploaded: the directory's picture replaces "
                        + "uploaded ones only when 'Directory pictures replace uploaded ones' is on", username);
                return Outcome.KEPT_UPLOADED;
            }
            users.setUserProfilePicture(user, save(user, picture));
            return Outcome.SET;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Profile Sync could not set the profile picture of '{}'; the synced picture is stored and the "
                    + "next change of the directory's picture tries again", username, e);
            return Outcome.FAILED;
        }
    }

    private static boolean isSelfUploaded(ProfilePictureInfo current) {
        return current != null && current.isUploaded() && !FILE_NAME.equals(current.getFileName());
    }

    private Attachment save(ConfluenceUser user, Picture picture) throws IOException {
        PersonalInformation info = personal.getOrCreatePersonalInformation(user);
        Attachment existing = attachments.getAttachment(info, FILE_NAME);
        Attachment attachment = existing == null ? newAttachment.get() : existing;
        // Confluence keeps the old picture as the previous version of the same attachment, as its upload does.
        Attachment previous = existing == null ? null : (Attachment) existing.clone();
        attachment.setMediaType(picture.mediaType());
        attachment.setFileName(FILE_NAME);
        attachment.setFileSize(picture.size());
        if (existing == null) {
            info.addAttachment(attachment);
        }
        attachments.saveAttachment(attachment, previous, new ByteArrayInputStream(picture.bytes()));
        return attachment;
    }
}
