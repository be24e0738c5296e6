package dev.profilesync.ldap;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.testing.ConfigBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBindTest {

    @Test
    void writeBackIsOffByDefault() {
        LdapDirectoryConfig config = new ConfigBuilder().build();

        assertThat(config.writeBind().enabled()).isFalse();
        assertThatThrownBy(() -> new LdapDirectoryWriter(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write-back is off");
    }

    @Test
    void writePasswordNeverAppearsInToString() {
        LdapDirectoryConfig config = new ConfigBuilder().writeBind("cn=writer,dc=example,dc=com", "w-secret-77").build();

        assertThat(config.toString()).contains("cn=writer,dc=example,dc=com").doesNotContain("w-secret-77");
        assertThat(new LdapDirectoryWriter(config).toString()).doesNotContain("w-secret-77");
        assertThat(config.writeBind().toString()).doesNotContain("w-secret-77");
        assertThat(new LdapDirectoryReader(config).describe()).containsEntry("writeBindDn",
                "cn=writer,dc=example,dc=com").doesNotContainValue("w-secret-77");
    }

    @Test
    void writeBindWithoutPasswordIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new WriteBind("cn=writer,dc=example,dc=com", ""))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("writeBind.password"));
    }

    @Test
    void writeBindDnMustParse() {
        assertThatThrownBy(() -> new WriteBind("not a dn", "x")).isInstanceOf(InvalidSettingException.class);
    }
}
