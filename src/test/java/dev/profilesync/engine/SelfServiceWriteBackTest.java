package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.ldap.WritableDirectory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SelfServiceContract} on the real slapd (.ci/test-env.sh): the admin writes, the reader is refused. Skipped
 * without slapd.
 */
class SelfServiceWriteBackTest extends SelfServiceContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.slapd();
    }

    /** telephoneNumber is multi-valued on OpenLDAP (single-valued in AD): the phone field edits the first value. */
    @Test
    void otherValuesOfAMultiValuedAttributeAreKept() throws Exception {
        directory.replace(dn, "telephoneNumber", "+1 555 0200", "+1 555 0210");
        EditForm form = open();

        fixture.editor.save(username, opened(form), Map.of("phone", "+1 555 0211"), username);

        assertThat(directory.values(dn, "telephoneNumber")).containsExactlyInAnyOrder("+1 555 0211", "+1 555 0210");
    }
}
