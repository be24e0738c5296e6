package dev.profilesync.standalone.bench;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.ModifyRequest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.EntrySink;
import dev.profilesync.standalone.host.StandaloneHost;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The benchmark's measurements over a loaded directory and an empty database: the floor (a bare paged read of the
 * same entries and attributes, through the same reader), a first full sync, an unchanged full sync, an incremental
 * sync after 1% of the entries changed, single-user latency, and the heap. Prints progress as it goes.
 */
public final class BenchRun {
    static final double TARGET_FIRST_FULL = 30;
    static final double TARGET_UNCHANGED_FULL = 10;
    static final double TARGET_INCREMENTAL = 2;
    static final double TARGET_SINGLE_USER_P99_MILLIS = 20;
    /** Heap after GC: under 256 MiB at 100,000 users, and flat (under 300 MiB) at a million. */
    static final long TARGET_HEAP_MIB = 256;
    static final long TARGET_HEAP_MIB_LARGE = 300;
    /** modifyTimestamp has one-second resolution and the engine reads from one second before the last start. */
    private static final Duration TIMESTAMP_MARGIN = Duration.ofMillis(2_100);
    private static final long MIB = 1024 * 1024;

    /** What the run works on. */
    public record Subject(BenchDirectory directory, DirectoryReader reader, StandaloneHost host,
                   List<FieldDefinition> fields, List<String> usernames, long loadedAtNanos) {
    }

    /**
     * How the run goes: {@code round} numbers the runs over one directory (one per database), so that each run's
     * 1% change writes a value the previous run did not; {@code profiled} is recorded with JFR, if any;
     * {@code singleUserWarmup} single-user syncs run before the timed ones (see {@link BenchResult.Latency});
     * with {@code unchangedWarmup}, one unchanged full sync before the timed one, timed as the cold unchanged sync;
     * with {@code incrementalWarmup}, one incremental sync before the timed one, timed as the cold incremental.
     */
    public record Options(int singleUserRuns, int singleUserWarmup, boolean unchangedWarmup,
                          boolean incrementalWarmup, long seed, int round, Optional<PhaseProfiler> profiled) {
    }

    private final Subject subject;
    private final Options options;
    private final PrintWriter progress;

    public BenchRun(Subject subject, Options options, PrintWriter progress) {
        this.subject = subject;
        this.options = options;
        this.progress = progress;
    }

    /** The figures of one run; the caller adds the description of the setup. */
    public record Measured(List<BenchResult.Phase> phases, BenchResult.Latency singleUser, BenchResult.Heap heap) {
    }

    public Measured run() throws LDAPException {
        List<BenchResult.Phase> phases = new ArrayList<>();
        List<BenchResult.PhaseHeap> heaps = new ArrayList<>();
        long liveAfterLoad = HeapSampler.liveBytes();
        int users = subject.usernames().size();
        try (HeapSampler sampler = HeapSampler.start()) {
            say("warm-up read");
            floorRead();
            say("paged read (floor)");
            sampler.phase(BenchPhase.FLOOR.title());
            double floor = profiled(BenchPhase.FLOOR, () -> seconds(this::floorRead));
            phases.add(new BenchResult.Phase(BenchPhase.FLOOR.title(), floor, 1, users / floor, 0, true,
                    users + " entries"));
            heaps.add(sampler.endPhase());

            phases.add(sync(sampler, BenchPhase.FIRST_FULL, SyncRequest.full(SyncTrigger.COMMAND_LINE), floor,
                    TARGET_FIRST_FULL));
            heaps.add(sampler.endPhase());

            waitUntil(subject.loadedAtNanos() + TIMESTAMP_MARGIN.toNanos());
            if (options.unchangedWarmup()) {
                // The JVM's first unchanged sync compiles the code that confirms users unchanged (a JIT compiler
                // thread took about a third of the machine's two cores in it); a server's nightly job meets it
                // compiled, as the floor's read meets its code after the warm-up read.
                phases.add(sync(sampler, BenchPhase.UNCHANGED_COLD, SyncRequest.full(SyncTrigger.COMMAND_LINE), floor,
                        TARGET_UNCHANGED_FULL));
                heaps.add(sampler.endPhase());
            }
            long unchangedStart = System.nanoTime();
            phases.add(sync(sampler, BenchPhase.UNCHANGED_FULL, SyncRequest.full(SyncTrigger.COMMAND_LINE), floor,
                    TARGET_UNCHANGED_FULL));
            heaps.add(sampler.endPhase());

            waitUntil(unchangedStart + TIMESTAMP_MARGIN.toNanos());
            if (options.incrementalWarmup()) {
                say(changeOnePercent(true) + " other entries changed for the warm-up incremental");
                // Its changes then lie before the timed run's look-back, which starts a second before the warm-up.
                waitUntil(System.nanoTime() + TIMESTAMP_MARGIN.toNanos());
                phases.add(sync(sampler, BenchPhase.INCREMENTAL_COLD, SyncRequest.incremental(SyncTrigger.COMMAND_LINE),
                        floor, TARGET_INCREMENTAL));
                heaps.add(sampler.endPhase());
            }
            int changed = changeOnePercent(false);
            say(changed + " entries changed");
            phases.add(sync(sampler, BenchPhase.INCREMENTAL, SyncRequest.incremental(SyncTrigger.COMMAND_LINE), floor,
                    TARGET_INCREMENTAL));
            heaps.add(sampler.endPhase());

            say(options.singleUserRuns() + " single-user syncs");
            sampler.phase(BenchPhase.SINGLE_USER.title());
            BenchResult.Latency latency = profiled(BenchPhase.SINGLE_USER, this::singleUsers);
            heaps.add(sampler.endPhase());
            return new Measured(phases, latency, heap(sampler, heaps, liveAfterLoad, users));
        }
    }

    private static BenchResult.Heap heap(HeapSampler sampler, List<BenchResult.PhaseHeap> phases, long liveAfterLoad,
                                         int users) {
        long target = users > 100_000 ? TARGET_HEAP_MIB_LARGE : TARGET_HEAP_MIB;
        long afterGc = sampler.peakAfterGcBytes() / MIB;
        return new BenchResult.Heap(HeapSampler.maxBytes() / MIB, sampler.peakBytes() / MIB, afterGc,
                liveAfterLoad / MIB, HeapSampler.liveBytes() / MIB, target, afterGc < target, phases,
                sampler.series());
    }

    private <T> T profiled(BenchPhase phase, Supplier<T> work) {
        Optional<PhaseProfiler> profiler = options.profiled().filter(p -> p.phase() == phase);
        profiler.ifPresent(PhaseProfiler::start);
        try {
            return work.get();
        } finally {
            profiler.ifPresent(p -> say("  profile: " + p.stop()));
        }
    }

    private long floorRead() {
        long[] entries = new long[1];
        subject.reader().readAll(attributesRead(subject.fields()), new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                entries[0]++;
            }

            @Override
            public void unreadable(String dn, String reason) {
                entries[0]++;
            }
        });
        if (entries[0] != subject.usernames().size()) {
            throw new IllegalStateException("the paged read returned " + entries[0] + " entries, not the "
                    + subject.usernames().size() + " loaded: check the reader's paging and the server's limits");
        }
        return entries[0];
    }

    public static Set<String> attributesRead(List<FieldDefinition> fields) {
        Set<String> attributes = new LinkedHashSet<>();
        fields.forEach(field -> attributes.addAll(field.attributesRead()));
        return attributes;
    }

    private BenchResult.Phase sync(HeapSampler sampler, BenchPhase phase, SyncRequest request, double floor,
                                   double target) {
        say(phase.title());
        sampler.phase(phase.title());
        Timed<SyncReport> run = profiled(phase, () -> timed(() -> subject.host().engine().run(request)));
        SyncReport done = run.value();
        double seconds = run.seconds();
        String result = done.mode() + " " + done.outcome() + ": " + done.scanned() + " scanned, " + done.updated()
                + " updated, " + done.unchanged() + " unchanged, " + done.failed() + " failed"
                + (done.errors().isEmpty() ? "" : "; " + done.errors().get(0));
        say("  " + String.format(java.util.Locale.ROOT, "%.3f s", seconds) + "  " + result);
        return new BenchResult.Phase(phase.title(), seconds, seconds / floor, done.scanned() / seconds, target,
                seconds < target && done.outcome() == SyncOutcome.SUCCESS, result);
    }

    /**
     * Changes the first plain mapped attribute of 1% of the entries, through LDAP: the same entries for the same
     * seed, other ones (a different shuffle) for the warm-up.
     */
    private int changeOnePercent(boolean warmup) throws LDAPException {
        String attribute = subject.fields().stream()
                .filter(f -> !f.ldapAttribute().isEmpty() && !f.dnToUsername() && f.template().isEmpty())
                .map(FieldDefinition::ldapAttribute).findFirst().orElse("title");
        List<String> chosen = new ArrayList<>(subject.usernames());
        Collections.shuffle(chosen, new Random(options.seed() + (warmup ? 1001 : 1)));
        chosen = chosen.subList(0, Math.max(1, chosen.size() / 100));
        List<ModifyRequest> modifications = new ArrayList<>(chosen.size());
        for (String username : chosen) {
            modifications.add(new ModifyRequest("uid=" + username + "," + subject.directory().peopleDn(),
                    new Modification(ModificationType.REPLACE, attribute,
                            "Changed by the benchmark, run " + options.round()
                                    + (warmup ? ", warm-up" : ""))));
        }
        subject.directory().modify(modifications);
        return chosen.size();
    }

    private BenchResult.Latency singleUsers() {
        Random random = new Random(options.seed() + 2);
        int[] notSuccessful = new int[1];
        Latencies cold = timedSingleUsers(options.singleUserWarmup(), random, notSuccessful);
        int singleUserRuns = options.singleUserRuns();
        Latencies latencies = timedSingleUsers(singleUserRuns, random, notSuccessful);
        double p99 = latencies.percentileMillis(99);
        double coldP99 = options.singleUserWarmup() == 0 ? 0 : cold.percentileMillis(99);
        String result = singleUserRuns + " runs after " + options.singleUserWarmup() + " warm-up runs, "
                + notSuccessful[0] + " not successful";
        say("  p50 " + latencies.percentileMillis(50) + " ms, p99 " + p99 + " ms (cold p99 " + coldP99 + " ms), "
                + result);
        return new BenchResult.Latency(singleUserRuns, latencies.percentileMillis(50), p99, latencies.maxMillis(),
                singleUserRuns / latencies.totalSeconds(), TARGET_SINGLE_USER_P99_MILLIS,
                p99 < TARGET_SINGLE_USER_P99_MILLIS && notSuccessful[0] == 0, result, options.singleUserWarmup(),
                coldP99);
    }

    private Latencies timedSingleUsers(int runs, Random random, int[] notSuccessful) {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            String username = subject.usernames().get(random.nextInt(subject.usernames().size()));
            long start = System.nanoTime();
            SyncReport report = subject.host().engine().run(SyncRequest.user(username, SyncTrigger.LOGIN));
            nanos[i] = System.nanoTime() - start;
            if (report.outcome() != SyncOutcome.SUCCESS || report.failed() > 0) {
                notSuccessful[0]++;
            }
        }
        return new Latencies(nanos);
    }

    private static double seconds(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    /** A result and the wall time it took, measured inside the profiler's start and stop. */
    private record Timed<T>(T value, double seconds) {
    }

    private static <T> Timed<T> timed(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9);
    }

    private static void waitUntil(long nanoTime) {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the benchmark was interrupted", e);
        }
    }

    private void say(String line) {
        progress.println("bench: " + line);
        progress.flush();
    }
}
