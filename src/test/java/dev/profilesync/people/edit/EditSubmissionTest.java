package dev.profilesync.people.edit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EditSubmissionTest {
    private static final byte[] PICTURE = {1, 2, 3};

    @Test
    void uploadsAreTakenFromTheirFileInputsAndEmptyOnesIgnored() {
        EditSubmission submission = EditSubmission.parse(Map.of("opened.picture", "sha256:ab"),
                Map.of("upload.picture", PICTURE, "upload.other", new byte[0], "picture", PICTURE));

        assertThat(submission.uploads()).containsOnlyKeys("picture");
        assertThat(submission.opened()).containsEntry("picture", "sha256:ab");
        assertThat(submission.problems()).isEmpty();
    }

    @Test
    void takingTheDirectorysPictureDropsTheUpload() {
        EditSubmission submission = EditSubmission.parse(Map.of("choice.picture", "directory"),
                Map.of("upload.picture", PICTURE));

        assertThat(submission.uploads()).isEmpty();
    }

    @Test
    void keepingMyPictureWithoutChoosingTheFileAgainIsAProblemForTheField() {
        EditSubmission submission = EditSubmission.parse(Map.of("choice.picture", "mine", "choice.phone", "mine",
                "value.phone", "1"), Map.of());

        assertThat(submission.problems()).containsOnlyKeys("picture");
        assertThat(submission.problems().get("picture")).contains("choose your picture again");
    }
}
