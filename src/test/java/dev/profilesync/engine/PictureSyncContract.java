package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.Picture;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.picture.PictureLimits;
import dev.profilesync.picture.TestImages;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directory pictures through the whole sync, against a real directory: read as bytes, checked, scaled, stored with
 * their digest, never rewritten when unchanged, and never lost because a new one is unusable.
 */
abstract class PictureSyncContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final AtomicInteger prepared = new AtomicInteger();
    private final TestHost host = new TestHost().withUsers("pic-ann", "pic-bob");
    private AoStores stores;
    private SyncEngine engine;

    /** The binary attribute holding the picture (thumbnailPhoto, jpegPhoto). */
    protected abstract String attribute();

    /** Empties the test's part of the directory and adds pic-ann and pic-bob without pictures. */
    protected abstract void resetPeople() throws Exception;

    protected abstract void putPicture(String username, byte[] picture) throws Exception;

    protected abstract void removePicture(String username) throws Exception;

    protected abstract LdapDirectoryConfig config();

    /** The picture limits of the run; a directory that caps pictures itself (AD: 100 KB) needs a lower byte cap. */
    protected PictureLimits limits() {
        return PictureLimits.defaults();
    }

    @BeforeEach
    void open() throws Exception {
        resetPeople();
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("pictures" + DATABASES.incrementAndGet()));
        host.readers.add(new LdapDirectoryReader(config()));
        PictureProcessor counting = new PictureProcessor() {
            private final ImageIoPictures real = new ImageIoPictures(limits());

            @Override
            public long maxSourceBytes() {
                return real.maxSourceBytes();
            }

            @Override
            public Outcome prepare(byte[] source) {
                prepared.incrementAndGet();
                return real.prepare(source);
            }
        };
        engine = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(),
                host, host, counting), Clock.systemUTC());
        stores.settings().saveFields(List.of(FieldDefinition.text("surname", "Surname", "sn"),
                new FieldDefinition("photo", "Photo", FieldType.PICTURE, List.of(), attribute(), true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", false)));
    }

    @AfterEach
    void close() {
        // Null when the test was skipped before the store opened (no server for this directory).
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void aJpegRoundTripsAsA256PixelSquareUnderTheDigestOfTheDirectoryBytes() throws Exception {
        byte[] source = TestImages.jpeg(600, 400);
        putPicture("pic-ann", source);

        SyncReport report = full();

        assertThat(report.problems()).isEmpty();
        assertThat(values("pic-ann")).containsEntry("photo", digest(source));
        Picture stored = picture("pic-ann");
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(decode(stored).getWidth()).isEqualTo(256);
        assertThat(decode(stored).getHeight()).isEqualTo(256);
        assertThat(values("pic-bob")).doesNotContainKey("photo");
    }

    @Test
    void pngAndGifAreAccepted() throws Exception {
        putPicture("pic-ann", TestImages.image("png", 300, 300, Color.GREEN));
        putPicture("pic-bob", TestImages.image("gif", 80, 80, Color.RED));

        full();

        assertThat(picture("pic-ann").mediaType()).isEqualTo("image/png");
        assertThat(decode(picture("pic-bob")).getWidth()).isEqualTo(80);
    }

    @Test
    void anUnchangedPictureIsNeitherDecodedNorRewritten() throws Exception {
        putPicture("pic-ann", TestImages.jpeg(200, 200));
        full();
        int afterFirst = prepared.get();

        SyncReport second = full();

        assertThat(prepared.get()).isEqualTo(afterFirst);
        assertThat(second.updated()).isZero();
        assertThat(second.changes()).isEmpty();
    }

    @Test
    void oversizedCorruptAndBombPicturesAreReportedAndKeepTheStoredPicture() throws Exception {
        putPicture("pic-ann", TestImages.jpeg(200, 200));
        putPicture("pic-bob", TestImages.jpeg(100, 100));
        full();
        Picture annBefore = picture("pic-ann");
        Picture bobBefore = picture("pic-bob");

        putPicture("pic-ann", oversized());
        putPicture("pic-bob", TestImages.corruptJpeg());
        SyncReport report = full();

        assertThat(problemsOf(report, "pic-ann")).contains("more than the " + limits().maxSourceBytes() + " allowed");
        assertThat(problemsOf(report, "pic-bob")).contains("could not be decoded");
        assertThat(picture("pic-ann")).isEqualTo(annBefore);
        assertThat(picture("pic-bob")).isEqualTo(bobBefore);
        assertThat(values("pic-ann")).containsEntry("photo", annBefore.digest());

        putPicture("pic-bob", TestImages.pngClaiming(100_000, 100_000));
        assertThat(problemsOf(full(), "pic-bob")).contains("decompression bomb");
        assertThat(picture("pic-bob")).isEqualTo(bobBefore);
    }

    @Test
    void aPictureRemovedFromTheDirectoryIsRemovedFromTheProfile() throws Exception {
        putPicture("pic-ann", TestImages.jpeg(200, 200));
        putPicture("pic-bob", TestImages.jpeg(120, 120));
        full();

        removePicture("pic-ann");
        full();

        assertThat(values("pic-ann")).doesNotContainKey("photo").containsKey("surname");
        assertThat(stores.profiles().picture(key("pic-ann"), "photo")).isEmpty();
        assertThat(stores.profiles().picture(key("pic-bob"), "photo")).isPresent();
    }

    @Test
    void aHostThatDoesNotProcessPicturesReportsThemAndStoresNothing() throws Exception {
        putPicture("pic-ann", TestImages.jpeg(200, 200));
        SyncEngine withoutPictures = new SyncEngine(new SyncPorts(host, host, stores.profiles(), stores.settings(),
                stores.history(), host, host), Clock.systemUTC());

        SyncReport report = withoutPictures.run(SyncRequest.full(SyncTrigger.MANUAL));

        assertThat(problemsOf(report, "pic-ann")).contains("this host does not process pictures");
        assertThat(values("pic-ann")).doesNotContainKey("photo").containsKey("surname");
    }

    private SyncReport full() {
        return engine.run(SyncRequest.full(SyncTrigger.MANUAL));
    }

    private String key(String username) {
        return host.byUsername(username).orElseThrow().userKey();
    }

    private Map<String, String> values(String username) {
        var profile = stores.profiles().load(List.of(key(username))).get(key(username));
        return profile == null ? Map.of() : profile.values();
    }

    private Picture picture(String username) {
        return stores.profiles().picture(key(username), "photo").orElseThrow();
    }

    private static String problemsOf(SyncReport report, String username) {
        return report.problems().stream().filter(p -> p.username().equals(username)).map(SyncReport.UserProblem::message)
                .toList().toString();
    }

    /** Noise does not compress: a PNG of it is a little over the byte cap (3 bytes a pixel, and some more). */
    private byte[] oversized() throws IOException {
        int side = (int) Math.ceil(Math.sqrt(limits().maxSourceBytes() * 1.2 / 3));
        BufferedImage noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(noise, "png", out);
        assertThat((long) out.size()).isGreaterThan(limits().maxSourceBytes());
        return out.toByteArray();
    }

    private static BufferedImage decode(Picture picture) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(picture.bytes()));
    }

    static String digest(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
