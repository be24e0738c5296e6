package dev.profilesync.ldap;

import dev.profilesync.testing.ConfigBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-service login binds as the person's own entry on the real slapd. Skipped without slapd. */
class SlapdPersonLoginTest {
    private static WritableSlapd slapd;
    private static LdapPersonLogin login;

    @BeforeAll
    static void start() throws Exception {
        slapd = WritableDirectory.slapd();
        slapd.person("login1", "userPassword", "right-horse-battery");
        slapd.person("login2");
        login = new LdapPersonLogin(List.of(new LdapDirectoryReader(new ConfigBuilder().url(slapd.url())
                .bindDn(slapd.readerDn()).password(slapd.readerPassword()).baseDn(slapd.baseDn())
                .userDn(slapd.userDn()).build())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    @Test
    void rightPasswordLogsThePersonIn() {
        assertThat(login.authenticate("login1", "right-horse-battery".toCharArray())).contains("login1");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(login.authenticate("login1", "wrong".toCharArray())).isEmpty();
    }

    @Test
    void emptyPasswordIsRefusedBeforeAnyBind() {
        assertThat(login.authenticate("login1", new char[0])).isEmpty();
    }

    @Test
    void entryWithoutPasswordCannotLogIn() {
        assertThat(login.authenticate("login2", "anything".toCharArray())).isEmpty();
    }

    @Test
    void usernameIsEscapedNotAPattern() {
        assertThat(login.authenticate("login*", "right-horse-battery".toCharArray())).isEmpty();
        assertThat(login.authenticate("*)(uid=login1", "right-horse-battery".toCharArray())).isEmpty();
    }
}
