package dev.profilesync.standalone.demo;

import com.unboundid.ldap.sdk.Entry;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOrganisationTest {
    private static final String PEOPLE = "ou=people,dc=example,dc=com";

    @Test
    void sameSizeAndSeedGiveTheSamePeople() {
        List<Entry> first = new DemoOrganisation(PEOPLE, 300, 7, true).people();
        List<Entry> second = new DemoOrganisation(PEOPLE, 300, 7, true).people();
        assertThat(first).isEqualTo(second);
        assertThat(new DemoOrganisation(PEOPLE, 300, 8, true).people()).isNotEqualTo(first);
    }

    @Test
    void everyoneButTheChiefExecutiveHasAManagerWhoCameBefore() {
        DemoOrganisation organisation = new DemoOrganisation(PEOPLE, 500, 1, false);
        Set<String> seen = new HashSet<>();
        for (Entry person : organisation.people()) {
            String manager = person.getAttributeValue("manager");
            if (seen.isEmpty()) {
                assertThat(manager).isNull();
                assertThat(person.getAttributeValue("title")).isEqualTo("Chief Executive Officer");
            } else {
                assertThat(seen).contains(manager);
            }
            seen.add(person.getDN());
        }
    }

    @Test
    void usernamesAreUniqueAsciiAndEveryProfileAttributeIsThere() {
        DemoOrganisation organisation = new DemoOrganisation(PEOPLE, 2000, 1, true);
        assertThat(new HashSet<>(organisation.usernames())).hasSize(2000);
        assertThat(organisation.usernames()).allMatch(uid -> uid.matches("[a-z]+[0-9]*"));
        for (Entry person : organisation.people()) {
            for (String attribute : List.of("uid", "cn", "sn", "givenName", "mail", "title", "ou", "telephoneNumber",
                    "mobile", "l", "employeeNumber", "description", "entryUUID")) {
                assertThat(person.hasAttribute(attribute)).as(attribute + " of " + person.getDN()).isTrue();
            }
        }
        assertThat(organisation.people()).anyMatch(p -> !p.getAttributeValue("cn").matches("\\p{ASCII}+"));
    }

    @Test
    void namesFoldToAsciiForUidAndMail() {
        assertThat(DemoOrganisation.ascii("ŁNguyễn")).isEqualTo("lnguyen");
        assertThat(DemoOrganisation.ascii("ZO'Brien")).isEqualTo("zobrien");
        assertThat(DemoOrganisation.ascii("SYılmaz")).isEqualTo("syilmaz");
    }
}
