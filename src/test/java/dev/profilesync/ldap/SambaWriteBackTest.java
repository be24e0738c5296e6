package dev.profilesync.ldap;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write-back against the real Samba AD DC of .ci/test-env.sh: the Administrator as write bind may write, the reader
 * may not. Each test has its own OU (removed afterwards) and person. Skipped without Samba.
 */
class SambaWriteBackTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private WritableSamba samba;

    @BeforeEach
    void ou() throws Exception {
        SambaDirectory.assumeRunning();
        samba = new WritableSamba();
    }

    @AfterEach
    void remove() throws Exception {
        if (samba != null) {
            samba.close();
        }
    }

    private LdapDirectoryWriter writer(String dn, String secret) {
        return new LdapDirectoryWriter(samba.config(dn, secret));
    }

    private LdapDirectoryWriter adminWriter() {
        return writer(SambaDirectory.adminDn(), SambaDirectory.adminPassword());
    }

    private String person(String... attributes) throws Exception {
        return samba.person("adwb" + PEOPLE.incrementAndGet(), attributes);
    }

    @Test
    void changedValueIsWrittenAsDeleteOldAddNew() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0100");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0100"), "+1 555 0199")));

        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0199");
    }

    @Test
    void attributeWithoutValueIsSetByReplace() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("department", List.of(), "Sales")));

        assertThat(outcome.written()).isTrue();
        assertThat(samba.values(dn, "department")).containsExactly("Sales");
    }

    @Test
    void multilineDescriptionIsWrittenAndRemoved() throws Exception {
        String dn = person("description", "first line");
        LdapDirectoryWriter writer = adminWriter();

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line"),
                "first line\nsecond line"))).written()).isTrue();
        assertThat(samba.values(dn, "description")).containsExactly("first line\nsecond line");

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line\nsecond line"),
                ""))).written()).isTrue();
        assertThat(samba.values(dn, "description")).isEmpty();
    }

    @Test
    void otherValuesOfAMultiValuedAttributeAreKept() throws Exception {
        // telephoneNumber is single-valued in AD; its further numbers live in the multi-valued otherTelephone.
        String dn = person("otherTelephone", "+1 555 0120");
        samba.replace(dn, "otherTelephone", "+1 555 0120", "+1 555 0121");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("otherTelephone", List.of("+1 555 0120"), "+1 555 0129")));

        assertThat(outcome.written()).isTrue();
        assertThat(samba.values(dn, "otherTelephone")).containsExactlyInAnyOrder("+1 555 0129", "+1 555 0121");
    }

    @Test
    void currentValuesAreReadByDnWithLowerCaseNames() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0101", "title", "Designer");

        assertThat(adminWriter().currentValues(dn, Set.of("telephoneNumber", "title", "department")))
                .containsOnlyKeys("telephonenumber", "title")
                .containsEntry("title", List.of("Designer"));
    }

    @Test
    void lostUpdateIsRefusedByTheDirectoryItself() throws Exception {
        String dn = person("title", "Engineer");
        samba.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(outcome.reason()).contains("changed in the directory since it was read");
        assertThat(samba.values(dn, "title")).containsExactly("Director");
    }

    @Test
    void oneStaleAttributeLeavesTheOthersUnwrittenToo() throws Exception {
        String dn = person("title", "Engineer", "telephoneNumber", "+1 555 0102");
        samba.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn, List.of(
                new AttributeChange("telephoneNumber", List.of("+1 555 0102"), "+1 555 0103"),
                new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.written()).isFalse();
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0102");
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(SambaDirectory.bindDn(), SambaDirectory.password()).write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.resultCode()).isEqualTo(50);
        assertThat(outcome.reason()).contains("insufficient access rights").contains(SambaDirectory.bindDn())
                .contains("no write property access").contains("delegate control")
                .doesNotContain(SambaDirectory.password());
        assertThat(samba.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void personMayWriteTheirOwnPhoneButNotTheirTitle() throws Exception {
        // AD grants SELF 'Write Personal Information' (telephoneNumber among it), not title: a person as write bind.
        String dn = samba.personWithPassword("adwbself" + PEOPLE.incrementAndGet(), "Self-secret-1",
                "telephoneNumber", "+1 555 0110", "title", "Engineer");
        LdapDirectoryWriter self = writer(dn, "Self-secret-1");

        WriteOutcome phone = self.write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0110"), "+1 555 0111")));
        WriteOutcome title = self.write(dn, List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(phone.written()).isTrue();
        assertThat(samba.values(dn, "telephoneNumber")).containsExactly("+1 555 0111");
        assertThat(title.resultCode()).isEqualTo(50);
        assertThat(title.reason()).contains("no write property access").doesNotContain("Self-secret-1");
        assertThat(samba.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void unknownAttributeIsRefusedAndExplained() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("favouriteColour", List.of(), "x")));

        // Samba answers 16, the code of a stale delete-value: only its words tell that this is no conflict.
        assertThat(outcome.resultCode()).isEqualTo(16);
        assertThat(outcome.changedMeanwhile()).isFalse();
        assertThat(outcome.reason()).contains("no such attribute").contains("LDAP attribute");
    }

    @Test
    void valueTooLongForTheSchemaIsRefusedWithAdsLimit() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "x".repeat(200))));

        assertThat(outcome.resultCode()).isEqualTo(21);
        assertThat(outcome.reason()).contains("rangeUpper");
        assertThat(samba.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void wrongWritePasswordIsRefusedWithoutShowingIt() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(SambaDirectory.adminDn(), "Not-the-secret-42").write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.reason()).contains("refused").contains("password is wrong")
                .doesNotContain("Not-the-secret-42");
    }
}
