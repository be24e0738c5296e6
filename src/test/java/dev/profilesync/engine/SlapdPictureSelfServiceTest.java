package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import dev.profilesync.ldap.WritableSlapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@link PictureSelfServiceContract} on the real slapd (.ci/test-env.sh), jpegPhoto. Skipped without slapd. */
class SlapdPictureSelfServiceTest extends PictureSelfServiceContract {
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
    protected void assumeServer() {
        assumeTrue(slapd != null, "no slapd: run through .ci/test-env.sh");
    }

    @Override
    protected String attribute() {
        return "jpegPhoto";
    }

    @Override
    protected String addPerson(String username) throws Exception {
        return slapd.person(username, "telephoneNumber", "+1 555 0100");
    }

    @Override
    protected void setPicture(String dn, byte[] bytes) throws Exception {
        try (LDAPConnection admin = admin()) {
            admin.modify(dn, new Modification(ModificationType.REPLACE, attribute(), bytes));
        }
    }

    @Override
    protected List<byte[]> pictures(String dn) throws Exception {
        try (LDAPConnection admin = admin()) {
            byte[][] values = admin.getEntry(dn, attribute()).getAttributeValueByteArrays(attribute());
            return values == null ? List.of() : List.of(values);
        }
    }

    @Override
    protected WriteBackFixture fixture() {
        return new WriteBackFixture(WriteBackFixture.slapdConfig(slapd, WritableSlapd.adminDn(),
                WritableSlapd.adminPassword()), attribute());
    }

    private static LDAPConnection admin() throws Exception {
        LDAPURL url = new LDAPURL(slapd.url());
        return new LDAPConnection(url.getHost(), url.getPort(), WritableSlapd.adminDn(), WritableSlapd.adminPassword());
    }
}
