package dev.profilesync.store;

import dev.profilesync.core.port.WriteAccounts.WriteAccount;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Write accounts kept per directory id in the settings table, on a real HSQLDB through Active Objects. */
class WriteAccountsTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private final AoStores stores = EmbeddedStores.open(DatabaseConfig.inMemory("write-accounts-" + DATABASES.incrementAndGet()));

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void offByDefaultThenSavedPerDirectoryAndKeptWhenTheSecretIsNotResent() {
        assertThat(stores.writeAccounts().account("1")).isEmpty();
        assertThat(stores.writeAccounts().bindDns()).isEmpty();

        stores.writeAccounts().save("1", " cn=writer,dc=example,dc=org ", "s3cret");
        stores.writeAccounts().save("10", "cn=other,dc=example,dc=org", "other");
        stores.writeAccounts().save("1", "cn=writer2,dc=example,dc=org", null);

        assertThat(stores.writeAccounts().account("1"))
                .contains(new WriteAccount("cn=writer2,dc=example,dc=org", "s3cret"));
        assertThat(stores.writeAccounts().bindDns()).isEqualTo(Map.of("1", "cn=writer2,dc=example,dc=org",
                "10", "cn=other,dc=example,dc=org"));
        assertThat(stores.settings().settings()).isNotNull();
    }

    @Test
    void anEmptyDnTurnsWriteBackOffAndForgetsTheSecret() {
        stores.writeAccounts().save("2", "cn=writer,dc=example,dc=org", "s3cret");
        stores.writeAccounts().save("2", "", null);

        assertThat(stores.writeAccounts().account("2")).isEmpty();
        assertThatThrownBy(() -> stores.writeAccounts().save("2", "cn=writer,dc=example,dc=org", null))
                .isInstanceOf(dev.profilesync.core.InvalidSettingException.class).hasMessageContaining("no password");
    }

    @Test
    void theSecretIsNeverInToStringOrMessages() {
        WriteAccount account = new WriteAccount("cn=writer", "s3cret");
        assertThat(account.toString()).doesNotContain("s3cret").contains("cn=writer");
        assertThatThrownBy(() -> stores.writeAccounts().save("1%", "cn=writer", "s3cret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("s3cret");
    }
}
