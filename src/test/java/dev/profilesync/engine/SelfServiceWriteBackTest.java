package dev.profilesync.engine;

import dev.profilesync.core.edit.EditForm;
import dev.profilesync.ldap.WritableSlapd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link SelfServiceContract} on the real slapd (.ci/test-env.sh): the admin writes, the reader is refused. Skipped
 * without slapd.
 */
class SelfServiceWriteBackTest extends SelfServiceContract {
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
    protected String addPerson(String username, String... attributes) throws Exception {
        return slapd.person(username, attributes);
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

    /** telephoneNumber is multi-valued on OpenLDAP (single-valued in AD): the phone field edits the first value. */
    @Test
    void otherValuesOfAMultiValuedAttributeAreKept() throws Exception {
        slapd.replace(dn, "telephoneNumber", "+1 555 0200", "+1 555 0210");
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0211"), username);

        assertThat(slapd.values(dn, "telephoneNumber")).containsExactlyInAnyOrder("+1 555 0211", "+1 555 0210");
    }
}
