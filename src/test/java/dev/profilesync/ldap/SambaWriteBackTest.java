package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WriteBackContract} against the real Samba AD DC of .ci/test-env.sh (the Administrator writes, the reader
 * may not), and what AD does differently. Each test has its own OU (removed afterwards). Skipped without Samba.
 */
class SambaWriteBackTest extends WriteBackContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.samba();
    }

    @Test
    void otherValuesOfAMultiValuedAttributeAreKept() throws Exception {
        // telephoneNumber is single-valued in AD; its further numbers live in the multi-valued otherTelephone.
        String dn = person("otherTelephone", "+1 555 0120");
        directory.replace(dn, "otherTelephone", "+1 555 0120", "+1 555 0121");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("otherTelephone", List.of("+1 555 0120"), "+1 555 0129")));

        assertThat(outcome.written()).isTrue();
        assertThat(directory.values(dn, "otherTelephone")).containsExactlyInAnyOrder("+1 555 0129", "+1 555 0121");
    }

    @Test
    void readerRefusalNamesAdsRemedy() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(directory.readerDn(), directory.readerPassword()).write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.reason()).contains("no write property access").contains("delegate control");
    }

    @Test
    void wrongWritePasswordIsNamedInAdsTerms() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(directory.adminDn(), "Not-the-secret-42").write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.reason()).contains("password is wrong");
    }

    @Test
    void personMayWriteTheirOwnPhoneButNotTheirTitle() throws Exception {
        // AD grants SELF 'Write Personal Information' (telephoneNumber among it), not title: a person as write bind.
        String dn = ((WritableSamba) directory).personWithPassword("adwbself", "Self-secret-1",
                "telephoneNumber", "+1 555 0110", "title", "Engineer");
        LdapDirectoryWriter self = writer(dn, "Self-secret-1");

        WriteOutcome phone = self.write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0110"), "+1 555 0111")));
        WriteOutcome title = self.write(dn, List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(phone.written()).isTrue();
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0111");
        assertThat(title.resultCode()).isEqualTo(50);
        assertThat(title.reason()).contains("no write property access").doesNotContain("Self-secret-1");
        assertThat(directory.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void valueTooLongForTheSchemaIsRefusedWithAdsLimit() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "x".repeat(200))));

        assertThat(outcome.resultCode()).isEqualTo(21);
        assertThat(outcome.reason()).contains("rangeUpper");
        assertThat(directory.values(dn, "title")).containsExactly("Engineer");
    }
}
