package dev.profilesync.ldap;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What write-back must do on every real directory (slapd, the Samba AD DC): the admin as write bind may write, the
 * reader may not, and a lost update is refused by the directory itself. A subclass provides the server, a person of
 * its own per call, and where servers differ, its own tests.
 */
abstract class WriteBackContract {
    /** Adds a person with the given attributes (pairs of name and value) where the write binds can reach it. */
    protected abstract String person(String... attributes) throws Exception;

    /** Sets an attribute as the admin, as another system changing the directory would. */
    protected abstract void replace(String dn, String attribute, String... values) throws Exception;

    protected abstract List<String> values(String dn, String attribute) throws Exception;

    protected abstract LdapDirectoryWriter writer(String dn, String secret);

    protected abstract String adminDn();

    protected abstract String adminPassword();

    protected abstract String readerDn();

    protected abstract String readerPassword();

    /** A DN under the people's base that names no entry. */
    protected abstract String goneDn();

    /** The result code the server gives a modify of an attribute its schema lacks (the standard says 17). */
    protected abstract int unknownAttributeCode();

    protected LdapDirectoryWriter adminWriter() {
        return writer(adminDn(), adminPassword());
    }

    @Test
    void changedValueIsWrittenAsDeleteOldAddNew() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0100");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0100"), "+1 555 0199")));

        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(values(dn, "telephoneNumber")).containsExactly("+1 555 0199");
    }

    @Test
    void attributeWithoutValueIsSetByReplace() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("title", List.of(), "Engineer")));

        assertThat(outcome.written()).isTrue();
        assertThat(values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void multilineValueIsWrittenThenRemovedByAnEmptyOne() throws Exception {
        String dn = person("description", "first line");
        LdapDirectoryWriter writer = adminWriter();

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line"),
                "first line\nsecond line"))).written()).isTrue();
        assertThat(values(dn, "description")).containsExactly("first line\nsecond line");

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line\nsecond line"),
                ""))).written()).isTrue();
        assertThat(values(dn, "description")).isEmpty();
    }

    @Test
    void currentValuesAreReadByDnWithLowerCaseNames() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0101", "title", "Designer");

        assertThat(adminWriter().currentValues(dn, Set.of("telephoneNumber", "title", "description")))
                .containsOnlyKeys("telephonenumber", "title")
                .containsEntry("title", List.of("Designer"));
    }

    @Test
    void lostUpdateIsRefusedByTheDirectoryItself() throws Exception {
        String dn = person("title", "Engineer");
        replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(outcome.reason()).contains("changed in the directory since it was read");
        assertThat(values(dn, "title")).containsExactly("Director");
    }

    @Test
    void oneStaleAttributeLeavesTheOthersUnwrittenToo() throws Exception {
        String dn = person("title", "Engineer", "telephoneNumber", "+1 555 0102");
        replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn, List.of(
                new AttributeChange("telephoneNumber", List.of("+1 555 0102"), "+1 555 0103"),
                new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.written()).isFalse();
        assertThat(values(dn, "telephoneNumber")).containsExactly("+1 555 0102");
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(readerDn(), readerPassword()).write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.resultCode()).isEqualTo(50);
        assertThat(outcome.reason()).contains("insufficient access rights").contains(readerDn())
                .doesNotContain(readerPassword());
        assertThat(values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void unknownAttributeIsRefusedAndExplainedNotTakenForAConflict() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("favouriteColour", List.of(), "x")));

        assertThat(outcome.resultCode()).isEqualTo(unknownAttributeCode());
        assertThat(outcome.changedMeanwhile()).isFalse();
        assertThat(outcome.reason()).contains("no such attribute").contains("LDAP attribute");
    }

    @Test
    void wrongWritePasswordIsRefusedWithoutShowingIt() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(adminDn(), "Not-the-secret-42").write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.reason()).contains("refused").doesNotContain("Not-the-secret-42");
    }

    @Test
    void readingAnEntryThatIsGoneFailsNamingIt() {
        assertThatThrownBy(() -> adminWriter().currentValues(goneDn(), Set.of("title")))
                .isInstanceOf(DirectoryException.class);
    }
}
