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
 * TEMPORARY stand-ins until the store adapter lands on main; replaced by AoStores then.
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
}
