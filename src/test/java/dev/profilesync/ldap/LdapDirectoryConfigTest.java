package dev.profilesync.ldap;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.testing.ConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad settings are refused when the config is built, with the setting's name; defaults fill the gaps. */
class LdapDirectoryConfigTest {

    @Test
    void unbalancedUserFilterIsRefusedNamingUserFilter() {
        InvalidSettingException refused = refused(new ConfigBuilder().userFilter("(&(objectClass=person)(uid=x)"));

        assertThat(refused.setting()).isEqualTo("userFilter");
        assertThat(refused.messageKey()).isEqualTo("ldap.userFilter.invalid");
        assertThat(refused.detail()).startsWith("'(&(objectClass=person)(uid=x)' is not a valid LDAP filter");
    }

    @Test
    void userFilterWithoutOuterParenthesesIsReadInItsNormalForm() {
        LdapDirectoryConfig config = new ConfigBuilder().userFilter("objectClass=person").build();

        assertThat(new UserQueries(config).allUsers()).isEqualTo("(objectClass=person)");
    }

    @Test
    void activeDirectoryFilterWithMatchingRuleIsAccepted() {
        LdapDirectoryConfig config = new ConfigBuilder()
                .userFilter("(&(objectCategory=person)(objectClass=user)"
                        + "(!(userAccountControl:1.2.840.113556.1.4.803:=2)))")
                .build();

        assertThat(new UserQueries(config).user("jdoe")).isEqualTo("(&(&(objectCategory=person)(objectClass=user)"
                + "(!(userAccountControl:1.2.840.113556.1.4.803:=2)))(uid=jdoe))");
    }

    @Test
    void attributeNamesThatAreNotNamesAreRefused() {
        assertThat(refused(new ConfigBuilder().usernameAttribute("uid)(cn=*")).setting())
                .isEqualTo("usernameAttribute");
        assertThat(refused(new ConfigBuilder().uuidAttribute("entry UUID")).setting()).isEqualTo("uuidAttribute");
        assertThat(refused(new ConfigBuilder().timestampAttribute("modifyTimestamp>=")).setting())
                .isEqualTo("timestampAttribute");
    }

    @Test
    void urlMustBeAnLdapUrlWithoutAPath() {
        assertThat(refused(new ConfigBuilder().url("")).setting()).isEqualTo("url");
        assertThat(refused(new ConfigBuilder().url("http://directory:389")).detail())
                .contains("does not start with ldap:// or ldaps://");
        assertThat(refused(new ConfigBuilder().url("ldap://directory:389/dc=example,dc=com")).detail())
                .contains("put the search base into baseDn");
        assertThat(new ConfigBuilder().url("ldap://directory:389/").build().url()).isEqualTo("ldap://directory:389/");
    }

    @Test
    void severalUrlsSeparatedBySpacesAreFailoverServersInOrder() {
        LdapDirectoryConfig config = new ConfigBuilder().url(" ldap://dc1:389  ldap://dc2:389 ").build();

        assertThat(config.urls()).containsExactly("ldap://dc1:389", "ldap://dc2:389");
        assertThat(config.url()).isEqualTo("ldap://dc1:389 ldap://dc2:389");
        assertThat(new ConfigBuilder().url("ldaps://dc1:636 ldaps://dc2:636").build().security())
                .isEqualTo(LdapDirectoryConfig.Security.LDAPS);
        assertThat(refused(new ConfigBuilder().url("ldap://dc1:389 ldaps://dc2:636")).detail())
                .contains("mixes ldap:// and ldaps://");
        assertThat(refused(new ConfigBuilder().url("ldap://dc1:389 dc2:389")).setting()).isEqualTo("url");
    }

    @Test
    void ldapsUrlMeansLdapsAndCannotBeCombinedWithStartTls() {
        assertThat(new ConfigBuilder().url("ldaps://directory:636").build().security())
                .isEqualTo(LdapDirectoryConfig.Security.LDAPS);
        assertThat(refused(new ConfigBuilder().url("ldaps://directory:636")
                .security(LdapDirectoryConfig.Security.STARTTLS)).setting()).isEqualTo("security");
    }

    @Test
    void baseDnIsRequiredAndDnsMustParse() {
        assertThat(refused(new ConfigBuilder().baseDn(" ")).setting()).isEqualTo("baseDn");
        assertThat(refused(new ConfigBuilder().baseDn("dc=example,,dc=com")).setting()).isEqualTo("baseDn");
        assertThat(refused(new ConfigBuilder().userDn("people")).setting()).isEqualTo("userDn");
        assertThat(refused(new ConfigBuilder().bindDn("reader")).setting()).isEqualTo("bindDn");
    }

    @Test
    void negativeTimeoutIsRefused() {
        assertThat(refused(new ConfigBuilder().readTimeout(Duration.ofSeconds(-1))).setting()).isEqualTo("readTimeout");
    }

    @Test
    void missingValuesGetDefaults() {
        LdapDirectoryConfig config = new LdapDirectoryConfig("corp", null, "ldap://directory:389", null, null, null,
                "dc=example,dc=com", null, null, null, null, null, true, 0, false, null, null);

        assertThat(config.name()).isEqualTo("corp");
        assertThat(config.security()).isEqualTo(LdapDirectoryConfig.Security.NONE);
        assertThat(config.userFilter()).isEqualTo("(objectClass=inetOrgPerson)");
        assertThat(config.usernameAttribute()).isEqualTo("uid");
        assertThat(config.pageSize()).isEqualTo(LdapDirectoryConfig.DEFAULT_PAGE_SIZE);
        assertThat(config.userBase()).isEqualTo("dc=example,dc=com");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void userBaseIsUserDnBelowBaseDn() {
        assertThat(new ConfigBuilder().userDn("ou=people").build().userBase()).isEqualTo("ou=people,dc=example,dc=com");
    }

    @Test
    void toStringNeverShowsThePassword() {
        LdapDirectoryConfig config = new ConfigBuilder().bindDn("cn=reader,dc=example,dc=com")
                .password("s3cret-Value").build();

        assertThat(config.toString()).doesNotContain("s3cret-Value").contains("password=(hidden)");
    }

    private static InvalidSettingException refused(ConfigBuilder config) {
        InvalidSettingException refused = catchThrowableOfType(config::build, InvalidSettingException.class);
        assertThat(refused).as("the config should have been refused").isNotNull();
        return refused;
    }
}
