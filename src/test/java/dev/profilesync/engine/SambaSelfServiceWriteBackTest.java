package dev.profilesync.engine;

import dev.profilesync.ldap.SambaDirectory;
import dev.profilesync.ldap.WritableSamba;
import org.junit.jupiter.api.AfterEach;

import java.util.List;

/**
 * {@link SelfServiceContract} on the real Samba AD DC (.ci/test-env.sh): the Administrator writes, the reader is
 * refused (50, no write property access). Each test has its own OU, removed afterwards. Skipped without Samba.
 */
class SambaSelfServiceWriteBackTest extends SelfServiceContract {
    private WritableSamba samba;

    @AfterEach
    void removeOu() throws Exception {
        if (samba != null) {
            samba.close();
        }
    }

    @Override
    protected void assumeServer() {
        SambaDirectory.assumeRunning();
    }

    @Override
    protected String addPerson(String username, String... attributes) throws Exception {
        samba = new WritableSamba();
        return samba.person(username, attributes);
    }

    @Override
    protected void replace(String dn, String attribute, String... values) throws Exception {
        samba.replace(dn, attribute, values);
    }

    @Override
    protected List<String> values(String dn, String attribute) throws Exception {
        return samba.values(dn, attribute);
    }

    @Override
    protected WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(samba.config(writeDn, writeSecret));
    }

    @Override
    protected String adminDn() {
        return SambaDirectory.adminDn();
    }

    @Override
    protected String adminPassword() {
        return SambaDirectory.adminPassword();
    }

    @Override
    protected String readerDn() {
        return SambaDirectory.bindDn();
    }

    @Override
    protected String readerPassword() {
        return SambaDirectory.password();
    }
}
