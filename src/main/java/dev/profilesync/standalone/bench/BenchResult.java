package dev.profilesync.standalone.bench;

import java.util.List;

/**
 * What a benchmark measured, printed as a table and, with --json, as one JSON object. Targets are those of the
 * issue for 100,000 users with 10 fields on 2 cores; {@code met} compares against them whatever the size.
 *
 * @param users      entries in the directory
 * @param fields     mapped fields
 * @param attributes attributes read per entry (fields' attributes; the reader adds the username and UUID)
 * @param directory  which directory
 * @param database   which database
 * @param machine    Java version and processor count
 * @param loadSeconds how long generating the people into the directory took
 * @param phases     the paged read (the floor) and the syncs
 * @param singleUser single-user sync latency
 * @param heap       heap figures
 * @param people     with --people: the people pages read back at the HTTP boundary; empty otherwise
 * @param startup    with --startup: the sync command's start-up to its first LDAP request; null otherwise
 */
public record BenchResult(int users, int fields, int attributes, String directory, String database, String machine,
                          double loadSeconds, List<Phase> phases, Latency singleUser, Heap heap,
                          List<PeopleRead> people, Startup startup) {

    public BenchResult {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The same result with the start-up measurement (one per benchmark, shown with each database's result). */
    public BenchResult withStartup(Startup measured) {
        return new BenchResult(users, fields, attributes, directory, database, machine, loadSeconds, phases,
                singleUser, heap, people, measured);
    }

    /**
     * One kind of people page, requested over HTTP again and again.
     *
     * @param name            what was requested
     * @param requests        how many were timed (after a warm-up)
     * @param p50Millis       median time to the whole response
     * @param p95Millis       95th percentile
     * @param targetP95Millis the target, 0 when there is none
     * @param met             within the target
     * @param result          counts and sizes
     */
    public record PeopleRead(String name, int requests, double p50Millis, double p95Millis, double targetP95Millis,
                             boolean met, String result) {
    }

    /**
     * @param name           what was measured
     * @param seconds        wall time
     * @param multipleOfFloor seconds divided by the floor's seconds
     * @param usersPerSecond users the phase handled per second
     * @param targetSeconds  the target, 0 when there is none
     * @param met            within the target (true when there is none)
     * @param result         outcome and counts
     */
    public record Phase(String name, double seconds, double multipleOfFloor, double usersPerSecond,
                        double targetSeconds, boolean met, String result) {
    }

    /**
     * The {@code sync} command as a child process, from its start to its first LDAP request (seen at a proxy in front
     * of the directory) and to its exit, over several runs against an existing embedded database.
     *
     * @param command             the child's command line
     * @param firstRequestMillis  start to first LDAP connection, per run
     * @param exitMillis          start to exit, per run
     * @param medianFirstRequestMillis the median of the first list, compared with the target
     */
    public record Startup(String command, List<Double> firstRequestMillis, List<Double> exitMillis,
                          double medianFirstRequestMillis, double targetMillis, boolean met) {
        public Startup {
            firstRequestMillis = List.copyOf(firstRequestMillis);
            exitMillis = List.copyOf(exitMillis);
        }

        public static Startup of(String command, List<Double> firstRequestMillis, List<Double> exitMillis,
                                 double targetMillis) {
            double median = median(firstRequestMillis);
            return new Startup(command, firstRequestMillis, exitMillis, median, targetMillis, median < targetMillis);
        }

        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            if (n == 0) {
                return 0;
            }
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    /**
     * Single-user syncs of random users, one after another, measured after {@code warmupRuns} more of them: a login
     * sync runs in a server that has been up, whose JIT compiled its path long ago. The warm-up runs are timed too:
     * {@code coldP99Millis} is their 99th percentile, what the first logins after a start meet.
     */
    public record Latency(int runs, double p50Millis, double p99Millis, double maxMillis, double usersPerSecond,
                          double targetP99Millis, boolean met, String result, int warmupRuns, double coldP99Millis) {
    }

    /**
     * @param maxMiB           the JVM's maximum heap (-Xmx)
     * @param peakUsedMiB      highest used heap sampled during the phases (garbage included: an upper bound)
     * @param peakAfterGcMiB   highest heap used right after any garbage collection during the phases: what the GC
     *                         could not free, the figure compared with the target
     * @param liveAfterLoadMiB heap held after a full GC once the directory was loaded, before the first phase
     *                         (includes the embedded directory's entries when it runs in this JVM)
     * @param liveAtEndMiB     heap held after a full GC at the end
     * @param targetMiB        the target for {@code peakAfterGcMiB}
     * @param met              {@code peakAfterGcMiB} below the target
     * @param phases           the same figures per phase, with the live heap after a full GC at the phase's end
     * @param samples          used and after-GC heap once a second, labelled with the phase
     */
    public record Heap(long maxMiB, long peakUsedMiB, long peakAfterGcMiB, long liveAfterLoadMiB, long liveAtEndMiB,
                       long targetMiB, boolean met, List<PhaseHeap> phases, List<HeapSample> samples) {
        public Heap {
            phases = List.copyOf(phases);
            samples = List.copyOf(samples);
        }
    }

    /** Heap within one phase: peak used, peak after any GC, live after a full GC at its end. */
    public record PhaseHeap(String phase, long peakUsedMiB, long peakAfterGcMiB, long liveAtEndMiB) {
    }

    /** One point of the heap series: seconds since the phases began, the phase, used and after the last GC. */
    public record HeapSample(double seconds, String phase, long usedMiB, long afterLastGcMiB) {
    }
}
