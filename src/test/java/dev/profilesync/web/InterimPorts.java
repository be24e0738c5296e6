package dev.profilesync.web;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import dev.profilesync.core.*;

import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * TEMPORARY stand-ins until the store and ldap adapters land on main; replaced by AoStores and LdapDirectoryReader.
 */
final class InterimPorts {
    private InterimPorts() {
    }

    static final class Profiles implements ProfileStore {
        final Map<String, StoredProfile> rows = new ConcurrentHashMap<>();

        public Map<String, StoredProfile> load(Collection<String> keys) {
            Map<String, StoredProfile> out = new HashMap<>();
            keys.forEach(k -> { if (rows.containsKey(k)) out.put(k, rows.get(k)); });
            return out;
        }

        public synchronized void write(Collection<ProfileUpdate> updates) {
            for (ProfileUpdate u : updates) {
                Map<String, String> values = new HashMap<>(rows.containsKey(u.userKey()) ? rows.get(u.userKey()).values() : Map.of());
                values.putAll(u.set());
                u.remove().forEach(values::remove);
                rows.put(u.userKey(), new StoredProfile(u.userKey(), u.username(), u.entryUuid(), values));
            }
        }

        public void forEach(Consumer<StoredProfile> visitor) {
            rows.values().forEach(visitor);
        }
    }

    static final class Settings implements SettingsStore {
        volatile List<FieldDefinition> fields = List.of();
        volatile SyncSettings settings = SyncSettings.defaults();
        volatile SyncState state = SyncState.initial();

        public List<FieldDefinition> fields() { return fields; }
        public void saveFields(List<FieldDefinition> f) { fields = List.copyOf(f); }
        public SyncSettings settings() { return settings; }
        public void saveSettings(SyncSettings s) { settings = s; }
        public SyncState state() { return state; }
        public void saveState(SyncState s) { state = s; }
    }

    static final class History implements SyncHistory {
        final List<SyncReport> reports = Collections.synchronizedList(new ArrayList<>());

        public void record(SyncReport r) { reports.add(0, r); }
        public List<SyncReport> recent(int limit) {
            synchronized (reports) { return List.copyOf(reports.subList(0, Math.min(limit, reports.size()))); }
        }
    }

    static final class Reader implements DirectoryReader {
        private final String url;

        Reader(String url) { this.url = url; }

        public String id() { return "test"; }
        public String name() { return "Test directory"; }

        private LDAPConnection connect() throws LDAPException {
            String hostPort = url.substring("ldap://".length());
            LDAPConnection c = new LDAPConnection(hostPort.split(":")[0], Integer.parseInt(hostPort.split(":")[1]));
            c.bind(TestDirectory.BIND_DN, TestDirectory.BIND_PASSWORD);
            return c;
        }

        public void readAll(Set<String> attributes, EntrySink sink) {
            try (LDAPConnection c = connect()) {
                List<String> attrs = new ArrayList<>(attributes);
                attrs.add("uid");
                com.unboundid.ldap.sdk.SearchResultListener listener = new com.unboundid.ldap.sdk.SearchResultListener() {
                    public void searchEntryReturned(SearchResultEntry e) { sink.entry(entry(e)); }
                    public void searchReferenceReturned(com.unboundid.ldap.sdk.SearchResultReference r) { }
                };
                c.search(new com.unboundid.ldap.sdk.SearchRequest(listener, TestDirectory.PEOPLE_DN, SearchScope.SUB, "(objectClass=inetOrgPerson)", attrs.toArray(String[]::new)));
            } catch (LDAPException e) {
                throw new DirectoryException("cannot read: " + e.getMessage(), e);
            }
        }

        private static DirectoryEntry entry(SearchResultEntry e) {
            Map<String, List<String>> values = new HashMap<>();
            e.getAttributes().forEach(a -> values.put(a.getName().toLowerCase(Locale.ROOT), List.of(a.getValues())));
            return new DirectoryEntry(e.getDN(), e.getAttributeValue("uid"), "", values);
        }

        public void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink) { readAll(attributes, sink); }

        public Optional<DirectoryEntry> readUser(String username, Set<String> attributes) {
            try (LDAPConnection c = connect()) {
                SearchResultEntry e = c.searchForEntry(TestDirectory.PEOPLE_DN, SearchScope.SUB, Filter.createEqualityFilter("uid", username), attributes.toArray(String[]::new));
                return Optional.ofNullable(e).map(Reader::entry);
            } catch (LDAPException e) {
                throw new DirectoryException("cannot read", e);
            }
        }

        public Optional<String> usernameOfDn(String dn) { return Optional.empty(); }

        public ConnectionTest testConnection(Set<String> attributes, int sampleSize) {
            Instant start = Instant.now();
            List<DirectoryEntry> sample = new ArrayList<>();
            try (LDAPConnection c = connect()) {
                List<String> attrs = new ArrayList<>(attributes);
                attrs.add("uid");
                for (SearchResultEntry e : c.search(TestDirectory.PEOPLE_DN, SearchScope.SUB, "(objectClass=inetOrgPerson)", attrs.toArray(String[]::new)).getSearchEntries()) {
                    if (sample.size() < sampleSize) sample.add(entry(e));
                }
                return new ConnectionTest(true, "Connected", sample, Duration.between(start, Instant.now()));
            } catch (LDAPException e) {
                return new ConnectionTest(false, e.getMessage(), List.of(), Duration.between(start, Instant.now()));
            }
        }

        public Map<String, String> describe() {
            return Map.of("url", url, "baseDn", TestDirectory.BASE_DN, "bindDn", TestDirectory.BIND_DN, "password", "SHOULD-NEVER-SHOW");
        }
    }
}
