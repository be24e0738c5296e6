package dev.profilesync.ldap;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What write-back must do on every real directory (slapd, the Samba AD DC): the admin as write bind may write, the
 * reader may not, and a lost update is refused by the directory itself. A subclass opens the server and adds its own
 * tests where servers differ.
 */
abstract class WriteBackContract extends AgainstWritableDirectory {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** Adds a person of its own with the given attributes (pairs of name and value); returns its DN. */
    protected String person(String... attributes) throws Exception {
        return directory.person("wb" + PEOPLE.incrementAndGet(), attributes);
    }

    protected LdapDirectoryWriter writer(String dn, String secret) {
        return new LdapDirectoryWriter(directory.config(dn, secret));
    }

    protected LdapDirectoryWriter adminWriter() {
        return writer(directory.adminDn(), directory.adminPassword());
    }

    @Test
    void changedValueIsWrittenAsDeleteOldAddNew() throws Exception {
        String dn = person("telephoneNumber", "+1 555 0100");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("telephoneNumber", List.of("+1 555 0100"), "+1 555 0199")));

        assertThat(outcome).isEqualTo(WriteOutcome.SUCCESS);
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0199");
    }

    @Test
    void attributeWithoutValueIsSetByReplace() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("title", List.of(), "Engineer")));

        assertThat(outcome.written()).isTrue();
        assertThat(directory.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void multilineValueIsWrittenThenRemovedByAnEmptyOne() throws Exception {
        String dn = person("description", "first line");
        LdapDirectoryWriter writer = adminWriter();

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line"),
                "first line\nsecond line"))).written()).isTrue();
        assertThat(directory.values(dn, "description")).containsExactly("first line\nsecond line");

        assertThat(writer.write(dn, List.of(new AttributeChange("description", List.of("first line\nsecond line"),
                ""))).written()).isTrue();
        assertThat(directory.values(dn, "description")).isEmpty();
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
        directory.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.changedMeanwhile()).isTrue();
        assertThat(outcome.reason()).contains("changed in the directory since it was read");
        assertThat(directory.values(dn, "title")).containsExactly("Director");
    }

    @Test
    void oneStaleAttributeLeavesTheOthersUnwrittenToo() throws Exception {
        String dn = person("title", "Engineer", "telephoneNumber", "+1 555 0102");
        directory.replace(dn, "title", "Director");

        WriteOutcome outcome = adminWriter().write(dn, List.of(
                new AttributeChange("telephoneNumber", List.of("+1 555 0102"), "+1 555 0103"),
                new AttributeChange("title", List.of("Engineer"), "Senior Engineer")));

        assertThat(outcome.written()).isFalse();
        assertThat(directory.values(dn, "telephoneNumber")).containsExactly("+1 555 0102");
    }

    @Test
    void readOnlyBindIsRefusedAndExplained() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(directory.readerDn(), directory.readerPassword()).write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.resultCode()).isEqualTo(50);
        assertThat(outcome.reason()).contains("insufficient access rights").contains(directory.readerDn())
                .doesNotContain(directory.readerPassword());
        assertThat(directory.values(dn, "title")).containsExactly("Engineer");
    }

    @Test
    void unknownAttributeIsRefusedAndExplainedNotTakenForAConflict() throws Exception {
        String dn = person();

        WriteOutcome outcome = adminWriter().write(dn, List.of(new AttributeChange("favouriteColour", List.of(), "x")));

        assertThat(outcome.resultCode()).isEqualTo(directory.unknownAttributeCode());
        assertThat(outcome.changedMeanwhile()).isFalse();
        assertThat(outcome.reason()).contains("no such attribute").contains("LDAP attribute");
    }

    @Test
    void wrongWritePasswordIsRefusedWithoutShowingIt() throws Exception {
        String dn = person("title", "Engineer");

        WriteOutcome outcome = writer(directory.adminDn(), "Not-the-secret-42").write(dn,
                List.of(new AttributeChange("title", List.of("Engineer"), "Boss")));

        assertThat(outcome.written()).isFalse();
        assertThat(outcome.reason()).contains("refused").doesNotContain("Not-the-secret-42");
    }

    @Test
    void readingAnEntryThatIsGoneFailsNamingIt() {
        assertThatThrownBy(() -> adminWriter().currentValues(directory.goneDn(), Set.of("title")))
                .isInstanceOf(DirectoryException.class);
    }
}
