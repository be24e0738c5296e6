package dev.profilesync.standalone.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates the runner's folders and files readable by their owner only. The data folder holds the profile data and
 * the admin login's hash; on a shared machine nobody else should read them. Permissions are given when a file or
 * folder is created (not set afterwards), so there is no moment in which another user could open it. On file
 * systems without POSIX permissions (Windows) the defaults apply. Stateless.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} (and missing parents, with the usual permissions) as rwx------; an existing one is kept. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, attributes(folder, FOLDER));
        } catch (FileAlreadyExistsException e) {
            // Another command created it at the same moment: it is a folder now, as wanted.
            if (!Files.isDirectory(folder)) {
                throw e;
            }
        }
    }

    /** Opens a new file, created as rw-------; fails when it exists. */
    public static OutputStream createNew(Path file) throws IOException {
        return Channels.newOutputStream(Files.newByteChannel(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes(file, FILE)));
    }

    /** The attribute that creates a file or folder with these permissions; none where POSIX permissions do not exist. */
    public static FileAttribute<?>[] ownerOnlyFile(Path file) {
        return attributes(file, FILE);
    }

    /**
     * Takes group and other permissions away from the regular files directly in {@code folder}: for files a library
     * creates there itself (the embedded database's files), which get the process's default permissions.
     */
    public static void restrictFilesIn(Path folder) throws IOException {
        if (!isPosix(folder) || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                    if (permissions.removeAll(OTHERS)) {
                        Files.setPosixFilePermissions(file, permissions);
                    }
                }
            }
        }
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
        return isPosix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
