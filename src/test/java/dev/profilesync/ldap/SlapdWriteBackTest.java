package dev.profilesync.ldap;

import dev.profilesync.testing.ConfigBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link WriteBackContract} against the real slapd of .ci/test-env.sh: the admin (rootdn) as write bind may write,
 * the reader may not. Each test adds its own person, so tests never see each other's writes. Skipped without slapd.
 */
class SlapdWriteBackTest extends WriteBackContract {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
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
    protected String person(String... attributes) throws Exception {
        return slapd.person("wb" + PEOPLE.incrementAndGet(), attributes);
    }

    @Override
    protected void replace(String dn, String attribute, String... values) throws Exception {
        slapd.replace(dn, attribute, values);
    }

    @Override
    protected List<String> values(String dn, String attribute) throws Exception {
        return slapd.values(dn, attribute);
    }

    @Override
    protected LdapDirectoryWriter writer(String dn, String secret) {
        return new LdapDirectoryWriter(new ConfigBuilder().url(slapd.url()).bindDn(WritableSlapd.readerDn())
                .password(WritableSlapd.readerPassword()).baseDn(slapd.baseDn()).userDn(slapd.userDn())
                .writeBind(dn, secret).build());
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
    protected String goneDn() {
        return "uid=nobody," + slapd.usersDn();
    }

    @Override
    protected int unknownAttributeCode() {
        return 17;
    }
}
