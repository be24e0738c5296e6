package dev.profilesync.engine;

import dev.profilesync.ldap.WritableSlapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link SaveAndTestContract} on the real slapd: the admin (rootdn) passes, the reader is refused. */
class SaveAndTestSlapdTest extends SaveAndTestContract {
    private static WritableSlapd slapd;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(WritableSlapd.available(), "no slapd: run through .ci/test-env.sh");
        slapd = new WritableSlapd();
    }

    @AfterAll
    static void stop() throws Exception {
        if (slapd != null) {
            slapd.close();
        }
    }

    @Override
    protected String directoryId() {
        return "slapd";
    }

    @Override
    protected String addPerson(String username, String... attributes) throws Exception {
        return slapd.person(username, attributes);
    }

    @Override
    protected List<String> values(String dn, String attribute) throws Exception {
        return slapd.values(dn, attribute);
    }

    @Override
    protected WriteBackFixture fixture(String writeDn, String writeSecret) {
        return new WriteBackFixture(slapd, writeDn, writeSecret);
    }

    @Override
    protected String adminDn() {
        return WritableSlapd.adminDn();
    }

    @Override
    protected String adminPassword() {
        return WritableSlapd.adminPassword();
    }

    @Override
    protected String readerDn() {
        return WritableSlapd.readerDn();
    }

    @Override
    protected String readerPassword() {
        return WritableSlapd.readerPassword();
    }

    @Override
    protected String multiValuedPhone() {
        return "telephoneNumber";
    }
}
