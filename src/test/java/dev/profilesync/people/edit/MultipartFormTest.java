package dev.profilesync.people.edit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartFormTest {
    private static final String TYPE = "multipart/form-data; boundary=----WebKitFormBoundaryAbC123";
    private static final byte[] PICTURE = {(byte) 0xFF, (byte) 0xD8, '\r', '\n', '-', '-', 0, (byte) 0x80};

    /** A body as Chromium posts the edit form: a token, an opened value, a file and an empty file input. */
    private static byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String dashes = "------WebKitFormBoundaryAbC123";
        out.writeBytes((dashes + "\r\nContent-Disposition: form-data; name=\"atl_token\"\r\n\r\ntok-1\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes((dashes + "\r\nContent-Disposition: form-data; name=\"opened.about\"\r\n\r\nZoë\r\nline two\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes((dashes + "\r\nContent-Disposition: form-data; name=\"upload.picture\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(PICTURE);
        out.writeBytes(("\r\n" + dashes + "\r\nContent-Disposition: form-data; name=\"upload.other\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n" + dashes + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void fieldsAndFilesAreReadAsTheBrowserSentThem() throws Exception {
        byte[] body = body();

        MultipartForm.Parts parts = MultipartForm.read(TYPE, body.length, new ByteArrayInputStream(body), 10_000);

        assertThat(parts.fields()).containsEntry("atl_token", "tok-1").containsEntry("opened.about", "Zoë\r\nline two");
        assertThat(parts.files().get("upload.picture")).containsExactly(PICTURE);
        assertThat(parts.files().get("upload.other")).isEmpty();
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeAnyByteIsRead() {
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };

        assertThatThrownBy(() -> MultipartForm.read(TYPE, 10_001, unread, 10_000))
                .isInstanceOf(MultipartForm.TooLarge.class).hasMessageContaining("10000 bytes");
    }

    @Test
    void aBodyOfUnknownLengthIsReadOnlyUpToOneBytePastTheCap() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> MultipartForm.read(TYPE, -1, endless, 10_000))
                .isInstanceOf(MultipartForm.TooLarge.class);
        assertThat(endless.read).isEqualTo(10_001);
    }

    @Test
    void bodiesNoBrowserSendsAreRefused() {
        byte[] body = body();
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 40);

        assertThatThrownBy(() -> MultipartForm.read("multipart/form-data", body.length,
                new ByteArrayInputStream(body), 10_000)).isInstanceOf(MultipartForm.Malformed.class);
        assertThatThrownBy(() -> MultipartForm.read(TYPE, cut.length, new ByteArrayInputStream(cut), 10_000))
                .isInstanceOf(MultipartForm.Malformed.class);
        byte[] noName = ("------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data\r\n\r\nx\r\n"
                + "------WebKitFormBoundaryAbC123--").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartForm.read(TYPE, noName.length, new ByteArrayInputStream(noName), 10_000))
                .isInstanceOf(MultipartForm.Malformed.class).hasMessageContaining("name");
    }

    @Test
    void theFirstPartOfANameWins() throws Exception {
        byte[] body = ("--b\r\nContent-Disposition: form-data; name=\"atl_token\"\r\n\r\nfirst\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"atl_token\"\r\n\r\nsecond\r\n--b--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        MultipartForm.Parts parts = MultipartForm.read("multipart/form-data; boundary=\"b\"", body.length,
                new ByteArrayInputStream(body), 10_000);

        assertThat(parts.fields()).containsEntry("atl_token", "first");
    }

    private static final class CountingStream extends InputStream {
        int read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
