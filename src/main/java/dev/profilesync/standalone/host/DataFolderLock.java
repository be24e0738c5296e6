package dev.profilesync.standalone.host;

import dev.profilesync.standalone.config.ConfigException;
import dev.profilesync.standalone.files.OwnerOnlyFiles;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code runner.lock} in the embedded database's folder, held for the whole command, so
 * two runner processes never sync into one embedded database at the same time. The second one stops at once with a
 * message; it never waits. The lock goes away with the process, even if it is killed.
 */
public final class DataFolderLock implements AutoCloseable {
    static final String FILE_NAME = "runner.lock";
    /**
     * Folders locked by this process. POSIX locks belong to the process, and closing any channel on the file may drop
     * them, so a second command in the same JVM is turned away here, before it opens the file.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The locked folder, absolute. */
    Path folder() {
        return folder;
    }

    /** @throws RunFailure when another runner holds the folder, naming {@code setting} */
    public static DataFolderLock acquire(Path folder, String setting) {
        Path key = folder.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            throw busy(key, setting);
        }
        FileChannel channel = null;
        try {
            OwnerOnlyFiles.createFolder(key);
            channel = FileChannel.open(key.resolve(FILE_NAME), Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), OwnerOnlyFiles.ownerOnlyFile(key.resolve(FILE_NAME)));
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key);
                throw busy(key, setting);
            }
            return new DataFolderLock(key, channel, lock);
        } catch (IOException e) {
            HELD_HERE.remove(key);
            closeQuietly(channel, e);
            throw new ConfigException(setting, "cannot use the data folder " + folder + " (" + e + "): check that it "
                    + "is a writable folder", e);
        }
    }

    private static RunFailure busy(Path folder, String setting) {
        return new RunFailure(setting, "another profile-sync runner is using the data folder " + folder
                + ": wait for it to finish, or give this run another folder");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by this process through a path HELD_HERE did not recognise (a link): just as busy.
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel, IOException cause) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock when the channel or the process goes; nothing is left to clean up.
            LoggerFactory.getLogger(DataFolderLock.class)
                    .debug("Releasing the data folder lock failed; the OS releases it with the process", e);
        } finally {
            HELD_HERE.remove(folder);
        }
    }
}
