package dev.profilesync.standalone.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFolderLockTest {
    @TempDir
    Path dir;

    @Test
    void secondRunnerOnTheSameFolderIsTurnedAwayUntilTheFirstEnds() {
        Path folder = dir.resolve("data");
        DataFolderLock first = DataFolderLock.acquire(folder, "database.embedded");
        assertThat(folder.resolve(DataFolderLock.FILE_NAME)).exists();
        assertThatThrownBy(() -> DataFolderLock.acquire(dir.resolve("data/../data"), "database.embedded"))
                .isInstanceOf(RunFailure.class)
                .hasMessageStartingWith("database.embedded: another profile-sync runner is using the data folder");
        first.close();
        DataFolderLock.acquire(folder, "database.embedded").close();
    }

    @Test
    void otherFoldersAreIndependent() {
        try (DataFolderLock a = DataFolderLock.acquire(dir.resolve("a"), "x");
             DataFolderLock b = DataFolderLock.acquire(dir.resolve("b"), "x")) {
            assertThat(a).isNotSameAs(b);
        }
    }
}
