package dev.profilesync.ldap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A contract test over a {@link WritableDirectory}: each test gets an OU of its own on the server the subclass
 * opens (and is skipped when the test environment lacks it), removed after the test.
 */
public abstract class AgainstWritableDirectory {
    protected WritableDirectory directory;

    /** {@link WritableDirectory#slapd()} or {@link WritableDirectory#samba()}. */
    protected abstract WritableDirectory server() throws Exception;

    @BeforeEach
    protected void openDirectory() throws Exception {
        directory = server();
    }

    @AfterEach
    protected void closeDirectory() throws Exception {
        if (directory != null) {
            directory.close();
        }
    }
}
