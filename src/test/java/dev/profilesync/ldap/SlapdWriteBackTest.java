package dev.profilesync.ldap;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Write-back against the real slapd of .ci/test-env.sh: the admin as write bind may write, the reader may not.
 * Each test adds its own person, so tests never see each other's writes. Skipped without slapd.
 */
class SlapdWriteBackTest {
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

    private static LdapDirectoryWriter writer(String dn, String secret) {
        return new LdapDirectoryWriter(new ConfigBuilder().url(slapd.url()).bindDn(WritableSlapd.readerDn())
                .password(WritableSlapd.readerPassword()).baseDn(slapd.baseDn()).userDn(slapd.userDn())
                .writeBind(dn, secret).build());
    }

    private static LdapDirectoryWriter adminWriter() {
        return writer(WritableSlapd.adminDn(), WritableSlapd.adminPassword());
    }

    private static String person(String... attributes) throws Exception {
        return slapd.person("wb" + PEOPLE.incrementAndGet(), attributes);
    }

    @Test
    void changedValueIsWrittenAsDeleteOldAddNew() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0100");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0100"), "+1 555 0199")));

        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0199");
    }

    @Test
    void attributeWithoutValueIsSetByReplace() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("title", List.of(), "Engineer")));

        assertThat(outcome.written()).isTrue();
        assertThat(slapd.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void emptyNewValueRemovesTheOldOne() throws Exception {
        String dn = person("description", "first line\nsecond line");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("description", List.of("first line\nsecond line"), "")));

        assertThat(outcome.written()).isTrue();
        assertThat(slapd.values(dn, "description")).isEmpty();
    }

    @Test
    void currentValuesAreReadByDnWithLowerCaseNames() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0101", "title", "Designer");

        assertThat(adminWriter().currentValues(dn, Set.of("telephoneNumber", "title", "departmentNumber")))
                .containsOnlyKeys("telephonenumber", "title")
                .containsEntry("title", List.of("Designer"));
    }

    @Test
    void lostUpdateIsRefusedByTheDirectoryItself() throws Exception {
        String dn = person("title", "Engineer");
        slapd.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(outcome.reason()).contains("changed in the directory since it was read");
        assertThat(slapd.values(dn, "title")).containsExactly("Director");
    }

    @Test
    void oneStaleAttributeLeavesTheOthersUnwrittenToo() throws Exception {
        String dn = person("title", "Engineer", "telephoneNumber", "+1 555 0102");
        slapd.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn, List.of(
                new AttributeChange("telephoneNumber", List.of("+1 555 0102"), "+1 555 0103"),
                new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.written()).isFalse();
        assertThat(slapd.values(dn, "telephoneNumber")).containsExactly("+1 555 0102");
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(WritableSlapd.readerDn(), WritableSlapd.readerPassword()).write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.resultCode()).isEqualTo(50);
        assertThat(outcome.reason()).contains("insufficient access rights").contains(WritableSlapd.readerDn())
                .doesNotContain(WritableSlapd.readerPassword());
        assertThat(slapd.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void unknownAttributeIsRefusedAndExplained() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("favouriteColour", List.of(), "x")));

        assertThat(outcome.resultCode()).isEqualTo(17);
        assertThat(outcome.reason()).contains("no such attribute").contains("LDAP attribute");
    }

    @Test
    void wrongWritePasswordIsRefusedWithoutShowingIt() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(WritableSlapd.adminDn(), "not-the-secret-42").write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.reason()).contains("refused").doesNotContain("not-the-secret-42");
    }

    @Test
    void readingAnEntryThatIsGoneFailsNamingIt() {
        String gone = "uid=nobody," + slapd.usersDn();

        assertThatThrownBy(() -> adminWriter().currentValues(gone, Set.of("title")))
                .isInstanceOf(DirectoryException.class);
    }
}
