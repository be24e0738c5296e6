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
 * @param phases     the paged read (the floor) and the syncs
 * @param singleUser single-user sync latency
 * @param heap       heap figures
 * @param people     with --people: the people pages read back at the HTTP boundary; empty otherwise
 */
public record BenchResult(int users, int fields, int attributes, String directory, String database, String machine,
                          List<Phase> phases, Latency singleUser, Heap heap, List<PeopleRead> people) {

    public BenchResult {
        people = people == null ? List.of() : List.copyOf(people);
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

    /** Single-user syncs of random users, one after another. */
    public record Latency(int runs, double p50Millis, double p99Millis, double maxMillis, double usersPerSecond,
                          double targetP99Millis, boolean met, String result) {
    }

    /**
     * @param maxMiB          the JVM's maximum heap (-Xmx)
     * @param peakUsedMiB     highest used heap sampled during the phases (garbage included)
     * @param liveAfterLoadMiB heap held after a full GC once the directory was loaded, before the first phase
     *                        (includes the embedded directory's entries when it runs in this JVM)
     * @param liveAtEndMiB    heap held after a full GC at the end
     */
    public record Heap(long maxMiB, long peakUsedMiB, long liveAfterLoadMiB, long liveAtEndMiB, long targetMiB,
                       boolean met) {
    }
}
