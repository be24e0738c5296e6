package dev.profilesync.store;

import java.util.*;
import java.util.function.Supplier;
import net.java.ao.*;

/** Throwaway: times each AO operation by kind. */
final class TimingAccess implements AoAccess {
    final AoAccess d;
    final Map<String, long[]> times = new TreeMap<>();
    TimingAccess(AoAccess d) { this.d = d; }
    private <T> T time(String k, Supplier<T> s) {
        long t = System.nanoTime();
        try { return s.get(); } finally {
            long[] a = times.computeIfAbsent(k, x -> new long[2]); a[0]++; a[1] += System.nanoTime() - t; }
    }
    void dump() { times.forEach((k, a) -> System.out.printf("  %-40s %6d calls %8.1f ms total %6.2f ms avg%n", k, a[0], a[1] / 1e6, a[1] / 1e6 / a[0])); times.clear(); }
    @SuppressWarnings("unchecked") public void migrate(Class<? extends RawEntity<?>>... e) { d.migrate(e); }
    public <T extends RawEntity<K>, K> T create(Class<T> t, Map<String, Object> v) { return time("create1 " + t.getSimpleName(), () -> d.create(t, v)); }
    public <T extends RawEntity<K>, K> void create(Class<T> t, List<Map<String, Object>> r) { time("createN " + t.getSimpleName(), () -> { d.create(t, r); return null; }); }
    public <T extends RawEntity<K>, K> T[] find(Class<T> t, Query q) { return time("find " + t.getSimpleName(), () -> d.find(t, q)); }
    public <T extends RawEntity<K>, K> void stream(Class<T> t, Query q, EntityStreamCallback<T, K> c) { time("stream " + t.getSimpleName(), () -> { d.stream(t, q, c); return null; }); }
    public <K> int count(Class<? extends RawEntity<K>> t, Query q) { return time("count " + t.getSimpleName(), () -> d.count(t, q)); }
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> t, String c, Object... p) { return time("delete " + t.getSimpleName(), () -> d.deleteWithSQL(t, c, p)); }
    public <T> T executeInTransaction(Supplier<T> w) { return d.executeInTransaction(w); }
}
