package dev.profilesync.standalone.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCredentialFileTest {

    /**
     * Watches the file from before it exists while it is written: every permission it is ever seen with must be
     * owner-only (a chmod after writing would show rw-r--r-- for a moment).
     */
    @Test
    void theCredentialFileIsOwnerOnlyFromItsFirstByte(@TempDir Path dir) throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 3; round++) {
            Path data = dir.resolve("data" + round);
            Path file = data.resolve(AdminCredential.FILE_NAME);
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = new Thread(() -> {
                while (!done.get()) {
                    try {
                        seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                    } catch (NoSuchFileException e) {
                        Thread.onSpinWait();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            watcher.start();
            AdminCredential.loadOrCreate(data, new PrintWriter(new StringWriter()));
            done.set(true);
            watcher.join();
            // On a loaded machine the watcher may not get a turn before the file is written; the file as it stays
            // counts as one sighting, so the check below is never passed vacuously nor failed for want of one.
            seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        }
        assertThat(seen).containsExactly("rw-------");
    }
}
