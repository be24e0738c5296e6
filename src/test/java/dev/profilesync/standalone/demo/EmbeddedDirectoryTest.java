package dev.profilesync.standalone.demo;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.ldap.LdapPersonLogin;
import dev.profilesync.picture.ImageIoPictures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's directory listens on a port every local user reaches: reading needs a bind, writing is the demo's and
 * its write-back account's; its people log in with the demo password.
 */
class EmbeddedDirectoryTest {
    private static final String PEOPLE = "ou=people," + EmbeddedDirectory.BASE_DN;
    private static EmbeddedDirectory directory;
    private static LdapDirectoryConfig reader;

    @BeforeAll
    static void startWithPeople() {
        directory = EmbeddedDirectory.start();
        directory.add(new DemoOrganisation(PEOPLE, 20, 1, true));
        reader = directory.readerConfig("demo", "Demo", "ou=people");
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @Test
    void anAnonymousSearchIsRefused() throws LDAPException {
        try (LDAPConnection anonymous = connect()) {
            assertThatThrownBy(() -> anonymous.search(PEOPLE, SearchScope.SUB, "(uid=*)"))
                    .isInstanceOfSatisfying(LDAPException.class, e ->
                            assertThat(e.getResultCode()).isEqualTo(ResultCode.INSUFFICIENT_ACCESS_RIGHTS));
        }
    }

    @Test
    void theBoundReaderReadsThePeople() throws LDAPException {
        try (LDAPConnection bound = connect()) {
            bound.bind(reader.bindDn(), reader.password());
            assertThat(bound.search(PEOPLE, SearchScope.ONE, "(objectClass=inetOrgPerson)").getEntryCount())
                    .isEqualTo(20);
        }
    }

    @Test
    void everyPersonHasAGeneratedPictureThatTheSyncAccepts() throws LDAPException {
        try (LDAPConnection bound = connect()) {
            bound.bind(reader.bindDn(), reader.password());
            var people = bound.search(PEOPLE, SearchScope.ONE, "(objectClass=inetOrgPerson)", "uid", "jpegPhoto")
                    .getSearchEntries();
            assertThat(people).allSatisfy(person -> assertThat(ImageIoPictures.withDefaults()
                    .prepare(person.getAttributeValueBytes("jpegPhoto"))).isInstanceOf(PictureProcessor.Ready.class));
            assertThat(people.get(0).getAttributeValueBytes("jpegPhoto"))
                    .isEqualTo(DemoPictures.picture(people.get(0).getAttributeValue("uid")))
                    .isNotEqualTo(people.get(1).getAttributeValueBytes("jpegPhoto"));
        }
    }

    @Test
    void writesOverLdapAreRefusedEvenWhenBound() throws LDAPException {
        try (LDAPConnection bound = connect()) {
            bound.bind(reader.bindDn(), reader.password());
            String someone = bound.search(PEOPLE, SearchScope.ONE, "(objectClass=inetOrgPerson)").getSearchEntries()
                    .get(0).getDN();

            assertRefused(() -> bound.modify(someone, new Modification(ModificationType.REPLACE, "title", "CEO")));
            assertRefused(() -> bound.delete(someone));
            assertRefused(() -> bound.add("uid=mallory," + PEOPLE, new Attribute(
                    "objectClass", "inetOrgPerson"), new Attribute("uid", "mallory"),
                    new Attribute("cn", "m"), new Attribute("sn", "m")));
        }
    }

    @Test
    void theDemosWriteBindMayModifyButNotAddOrDelete() throws LDAPException {
        try (LDAPConnection writer = connect()) {
            writer.bind(reader.writeBind().bindDn(), reader.writeBind().password());
            String someone = someone();

            writer.modify(someone, new Modification(ModificationType.REPLACE, "mobile", "+1 555 0100"));

            assertThat(writer.getEntry(someone, "mobile").getAttributeValue("mobile")).isEqualTo("+1 555 0100");
            assertRefused(() -> writer.delete(someone));
        }
    }

    @Test
    void aFailedBindAsTheWriterWritesNothing() throws LDAPException {
        try (LDAPConnection pretender = connect()) {
            assertThatThrownBy(() -> pretender.bind(EmbeddedDirectory.WRITER_DN, "guess"))
                    .isInstanceOf(LDAPException.class);
            String someone = someone();

            assertThatThrownBy(() -> pretender.modify(someone, new Modification(ModificationType.REPLACE, "title",
                    "CEO"))).isInstanceOf(LDAPException.class);
        }
    }

    @Test
    void demoPeopleLogInWithTheDemoPassword() {
        LdapPersonLogin login = new LdapPersonLogin(List.of(new LdapDirectoryReader(reader)));
        String uid = new DemoOrganisation(PEOPLE, 20, 1, true).usernames().get(3);

        assertThat(directory.peoplePassword()).isNotEmpty();
        assertThat(login.authenticate(uid, directory.peoplePassword().toCharArray())).contains(uid);
        assertThat(login.authenticate(uid, "wrong".toCharArray())).isEmpty();
    }

    private static String someone() throws LDAPException {
        try (LDAPConnection bound = connect()) {
            bound.bind(reader.bindDn(), reader.password());
            return bound.search(PEOPLE, SearchScope.ONE, "(objectClass=inetOrgPerson)").getSearchEntries().get(1)
                    .getDN();
        }
    }

    private static void assertRefused(ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(LDAPException.class,
                e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.UNWILLING_TO_PERFORM));
    }

    private static LDAPConnection connect() throws LDAPException {
        URI url = URI.create(directory.url());
        return new LDAPConnection(url.getHost(), url.getPort());
    }
}
