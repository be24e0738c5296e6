package dev.profilesync.ldap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-service login by sAMAccountName, binding as the person's own entry on the real Samba AD DC: the seed gave
 * user0000 ... user0049 a password (over LDAPS, the only way Samba sets one); the others have none. Skipped without
 * Samba.
 */
class SambaPersonLoginTest {
    private LdapPersonLogin login;

    @BeforeEach
    void login() {
        SambaDirectory.assumeRunning();
        login = new LdapPersonLogin(List.of(SambaDirectory.config().reader()));
    }

    @Test
    void rightPasswordLogsThePersonInUnderTheirAccountName() {
        assertThat(login.authenticate(SambaDirectory.username(7), SambaDirectory.userPassword().toCharArray()))
                .contains(SambaDirectory.username(7));
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(login.authenticate(SambaDirectory.username(7), "Wrong-secret-1".toCharArray())).isEmpty();
    }

    @Test
    void emptyPasswordIsRefusedBeforeAnyBind() {
        assertThat(login.authenticate(SambaDirectory.username(7), new char[0])).isEmpty();
    }

    @Test
    void accountWithoutPasswordCannotLogIn() {
        assertThat(login.authenticate(SambaDirectory.username(SambaDirectory.USERS_WITH_PASSWORD + 1),
                SambaDirectory.userPassword().toCharArray())).isEmpty();
    }

    @Test
    void usernameIsEscapedNotAPattern() {
        char[] password = SambaDirectory.userPassword().toCharArray();
        assertThat(login.authenticate("user000*", password)).isEmpty();
        assertThat(login.authenticate("*)(sAMAccountName=user0007", password)).isEmpty();
    }

    @Test
    void disabledAccountCannotLogInWithItsRightPassword() throws Exception {
        try (WritableSamba samba = new WritableSamba()) {
            String dn = samba.personWithPassword("adlogin1", "Login-secret-1");
            LdapPersonLogin own = new LdapPersonLogin(List.of(new LdapDirectoryReader(samba.config(
                    SambaDirectory.adminDn(), SambaDirectory.adminPassword()))));
            assertThat(own.authenticate("adlogin1", "Login-secret-1".toCharArray())).contains("adlogin1");

            // ACCOUNTDISABLE (2) plus NORMAL_ACCOUNT (512): AD refuses the bind (49, data 533), so no login.
            samba.replace(dn, "userAccountControl", "514");

            assertThat(own.authenticate("adlogin1", "Login-secret-1".toCharArray())).isEmpty();
        }
    }
}
