package dev.profilesync.store;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.store.embedded.AoDatabase;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EntityManagerAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throwaway measurement of the profile store at scale (not a test): writes N users x F fields in batches of 1,000
 * as a first full sync does, loads and diffs every batch unchanged, rewrites 1% and streams everything back.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.profilesync.store.StoreBenchmark
 * [jdbcUrl user password] [users] [fields]}. Results are in docs/storage.md.
 */
public final class StoreBenchmark {
    private static final int BATCH = 1000;

    public static void main(String[] args) {
        String target = args.length >= 1 ? args[0] : "mem";
        DatabaseConfig database = target.equals("mem") ? DatabaseConfig.inMemory("bench")
                : target.startsWith("dir:") ? DatabaseConfig.embeddedFile(java.nio.file.Path.of(target.substring(4)))
                : new DatabaseConfig(target, args[1], args[2]);
        int users = args.length >= 4 ? Integer.parseInt(args[3]) : 100_000;
        int fields = args.length >= 5 ? Integer.parseInt(args[4]) : 10;
        EntityManagerAccess raw = new EntityManagerAccess(AoDatabase.connect(database));
        raw.migrate(AoStores.entities().toArray(Class[]::new));
        CountingAccess timing = new CountingAccess(raw);
        timingOf = timing;
        try (AoStores stores = AoStores.over(timing)) {
            ProfileStore profiles = stores.profiles();
            clear(database);
            System.out.printf("database %s, %,d users x %d fields, batches of %,d%n", database.redactedUrl(), users, fields, BATCH);
            long start = System.nanoTime();
            List<Long> loads = new ArrayList<>();
            for (int from = 0; from < users; from += BATCH) {
                List<String> keys = keys(from, Math.min(users, from + BATCH));
                long t = System.nanoTime();
                Map<String, StoredProfile> stored = profiles.load(keys);
                loads.add(System.nanoTime() - t);
                profiles.write(diff(keys, stored, fields, 0));
            }
            report("first write (load + diff + write)", start, users);
            start = System.nanoTime();
            List<Long> unchanged = new ArrayList<>();
            for (int from = 0; from < users; from += BATCH) {
                List<String> keys = keys(from, Math.min(users, from + BATCH));
                long t = System.nanoTime();
                List<ProfileUpdate> updates = diff(keys, profiles.load(keys), fields, 0);
                unchanged.add(System.nanoTime() - t);
                if (!updates.isEmpty()) {
                    throw new IllegalStateException("unchanged batch produced " + updates.size() + " updates");
                }
            }
            report("unchanged pass (load + diff)", start, users);
            System.out.printf("  per batch of %,d: median %.1f ms, max %.1f ms%n", BATCH, median(unchanged), max(unchanged));
            start = System.nanoTime();
            int changed = 0;
            for (int from = 0; from < users; from += BATCH) {
                List<String> keys = keys(from, Math.min(users, from + BATCH));
                List<ProfileUpdate> updates = diff(keys, profiles.load(keys), fields, 1);
                changed += updates.size();
                profiles.write(updates);
            }
            report("1% changed pass (" + changed + " users written)", start, users);
            start = System.nanoTime();
            long[] seen = {0, 0};
            profiles.forEach(p -> {
                seen[0]++;
                seen[1] += p.values().size();
            });
            report("forEach (" + seen[0] + " profiles, " + seen[1] + " values)", start, users);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after gc: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    /** What a sync would write: every field's value is "<field> of <user> v<version>", version 1 for 1% of users. */
    private static List<ProfileUpdate> diff(List<String> keys, Map<String, StoredProfile> stored, int fields, int version) {
        List<ProfileUpdate> updates = new ArrayList<>();
        for (String key : keys) {
            int n = Integer.parseInt(key.substring(1));
            Map<String, String> wanted = new HashMap<>();
            for (int f = 0; f < fields; f++) {
                int v = version == 1 && n % 100 == 0 && f == 0 ? 1 : 0;
                wanted.put("field" + f, "value of field" + f + " for user number " + n + " v" + v);
            }
            StoredProfile current = stored.get(key);
            Map<String, String> set = new HashMap<>();
            wanted.forEach((field, value) -> {
                if (current == null || !value.equals(current.values().get(field))) {
                    set.put(field, value);
                }
            });
            if (!set.isEmpty()) {
                updates.add(new ProfileUpdate(key, "user" + n, "uuid-" + n, set, Set.of()));
            }
        }
        return updates;
    }

    private static List<String> keys(int from, int to) {
        List<String> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            keys.add("k" + i);
        }
        return keys;
    }

    private static void clear(DatabaseConfig database) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             java.sql.Statement s = c.createStatement()) {
            String q = database.jdbcUrl().startsWith("jdbc:postgresql") ? "\"" : "";
            s.executeUpdate("DELETE FROM " + q + AoTablePrefix.PREFIX + "PROFILE_VALUE" + q);
            s.executeUpdate("DELETE FROM " + q + AoTablePrefix.PREFIX + "PROFILE_FIELD_SET" + q);
            s.executeUpdate("DELETE FROM " + q + AoTablePrefix.PREFIX + "PROFILE" + q);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CountingAccess timingOf;

    private static void report(String what, long startNanos, int users) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-45s %8.2f s  (%,.0f users/s)%n", what, seconds, users / seconds);
        if (timingOf != null) {
            System.out.print(timingOf.summary());
            timingOf.reset();
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }
}
