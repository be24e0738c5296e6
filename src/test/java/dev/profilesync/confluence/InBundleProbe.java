package dev.profilesync.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.store.AoStores;
import org.springframework.ldap.core.LdapTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs inside the plugin bundle: OsgiContainerIT installs it as a fragment of the plugin, so the plugin's own class
 * loader loads it and everything it touches. It wires the LDAP adapter (slapd) and the store (the host's
 * ActiveObjects service) into the engine as the plugin does, tests the connection and runs a full sync of ten
 * users. It takes and answers only java.* types, the one thing the test's class loader and the bundle's share.
 */
public final class InBundleProbe implements Function<Map<String, Object>, Map<String, Object>> {
    static final List<String> USERS = IntStream.range(40, 50).mapToObj(i -> String.format("user%04d", i)).toList();

    @Override
    public Map<String, Object> apply(Map<String, Object> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        ClassLoader own = InBundleProbe.class.getClassLoader();
        out.put("spring-ldap from the bundle", LdapTemplate.class.getClassLoader() == own);
        out.put("context class loader", String.valueOf(Thread.currentThread().getContextClassLoader()));

        ActiveObjects ao = (ActiveObjects) in.get("activeObjects");
        // What Confluence's AO plugin does for the <ao> module before the plugin's components start.
        ao.migrate(AoStores.entities().toArray(Class[]::new));
        AoStores stores = AoStores.over(new ActiveObjectsAccess(ao));
        stores.settings().saveFields(List.of(FieldDefinition.text("title", "Title", "title"),
                FieldDefinition.text("phone", "Phone", "telephoneNumber")));

        try (LdapDirectoryReader reader = new LdapDirectoryReader(slapd(in))) {
            ConnectionTest test = reader.testConnection(Set.of("mail"), 5);
            out.put("connection ok", test.ok());
            out.put("connection message", test.message());
            out.put("connection sample", test.sample().size());

            SyncEngine engine = new SyncEngine(new SyncPorts(() -> List.of(reader), new TenUsers(), stores.profiles(),
                    stores.settings(), stores.history(), () -> false, name -> Optional.of(() -> { })), Clock.systemUTC());
            SyncReport report = engine.run(SyncRequest.full(SyncTrigger.MANUAL));
            out.put("sync outcome", report.outcome().name());
            out.put("sync scanned", report.scanned());
            out.put("sync errors", String.join("; ", report.errors()));
            out.put("history runs", stores.history().recent(5).size());
        }
        Map<String, StoredProfile> profiles = stores.profiles().load(USERS);
        for (String user : USERS) {
            StoredProfile profile = profiles.get(user);
            out.put("profile " + user, profile == null ? Map.of() : Map.copyOf(profile.values()));
        }
        return out;
    }

    private static LdapDirectoryConfig slapd(Map<String, Object> in) {
        // A small page size, so that the read takes several pages on one connection.
        return new LdapDirectoryConfig("1", "slapd", (String) in.get("url"), LdapDirectoryConfig.Security.NONE,
                (String) in.get("bindDn"), (String) in.get("password"), (String) in.get("baseDn"), "ou=people",
                "(objectClass=inetOrgPerson)", "uid", "entryUUID", "modifyTimestamp", true, 200, false,
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** The host's users: ten of the seeded people. */
    private static final class TenUsers implements HostUsers {
        @Override
        public List<HostUser> all() {
            return USERS.stream().map(HostUser::active).toList();
        }

        @Override
        public Optional<HostUser> byUsername(String username) {
            return all().stream().filter(u -> u.username().equals(username.toLowerCase(Locale.ROOT))).findFirst();
        }
    }
}
