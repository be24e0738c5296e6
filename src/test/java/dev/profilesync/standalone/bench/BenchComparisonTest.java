package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchComparisonTest {
    @Test
    void eachPhaseShowsSecondsMultipleOfFloorAndUsersPerSecondPerDatabase() {
        BenchComparison comparison = BenchComparison.of(List.of("embedded HSQLDB", "PostgreSQL"),
                List.of(result(1.0, 10.0, 4.0, 2.0), result(1.25, 14.0, 7.0, 2.5)));

        BenchComparison.Row first = comparison.rows().get(1);
        assertThat(first.phase()).isEqualTo("first full sync");
        assertThat(first.cells()).containsExactly("10.000 s (10.0x, 10,000/s)", "14.000 s (11.2x, 7,143/s)");
        assertThat(first.ratio()).isEqualTo(1.4);
        assertThat(first.met()).isTrue();
    }

    @Test
    void slowerThanOneAndAHalfTimesFailsTheCheck() {
        BenchComparison comparison = BenchComparison.of(List.of("embedded HSQLDB", "PostgreSQL"),
                List.of(result(1.0, 10.0, 4.0, 2.0), result(1.0, 10.0, 7.0, 2.0)));

        BenchComparison.Row unchanged = comparison.rows().get(2);
        assertThat(unchanged.ratio()).isEqualTo(1.75);
        assertThat(unchanged.met()).isFalse();
        assertThat(comparison.met()).isFalse();
    }

    @Test
    void floorAndHeapAreShownButNotChecked() {
        BenchComparison comparison = BenchComparison.of(List.of("a", "b"),
                List.of(result(1.0, 10.0, 4.0, 2.0), result(3.0, 10.0, 4.0, 2.0)));

        assertThat(comparison.rows().get(0).checked()).isFalse();
        assertThat(comparison.rows().get(comparison.rows().size() - 1).checked()).isFalse();
        assertThat(comparison.met()).isTrue();
    }

    @Test
    void singleUserLatencyIsShownWithItsRatioButOnlyTheSyncPhasesAreChecked() {
        BenchComparison comparison = BenchComparison.of(List.of("embedded HSQLDB", "PostgreSQL"),
                List.of(result(1.0, 10.0, 4.0, 0.9), result(1.0, 10.0, 4.0, 2.2)));

        BenchComparison.Row p99 = comparison.rows().stream().filter(row -> row.phase().equals("single user p99"))
                .findFirst().orElseThrow();
        assertThat(p99.ratio()).isGreaterThan(2.4);
        assertThat(p99.checked()).isFalse();
        assertThat(comparison.rows().stream().filter(BenchComparison.Row::checked).map(BenchComparison.Row::phase))
                .containsExactly("first full sync", "unchanged full sync", "incremental after 1% changed");
        assertThat(comparison.met()).isTrue();
    }

    @Test
    void printedTableHasOneColumnPerDatabaseAndTheVerdict() {
        StringWriter out = new StringWriter();
        BenchComparison.of(List.of("embedded HSQLDB", "PostgreSQL"),
                List.of(result(1.0, 10.0, 4.0, 2.0), result(1.0, 20.0, 4.0, 2.0))).print(new PrintWriter(out));

        assertThat(out.toString()).contains("Phase", "embedded HSQLDB", "PostgreSQL", "Within 1.5x",
                "first full sync", "2.00", "NO", "PostgreSQL within 1.5x of embedded HSQLDB: NO");
    }

    /** A result of 100,000 users with the given floor, first and unchanged full sync seconds and p99. */
    private static BenchResult result(double floor, double first, double unchanged, double p99) {
        int users = 100_000;
        List<BenchResult.Phase> phases = List.of(
                new BenchResult.Phase("paged read (floor)", floor, 1, users / floor, 0, true, ""),
                new BenchResult.Phase("first full sync", first, first / floor, users / first, 30, true, ""),
                new BenchResult.Phase("unchanged full sync", unchanged, unchanged / floor, users / unchanged, 10,
                        true, ""),
                new BenchResult.Phase("incremental after 1% changed", 0.3, 0.3 / floor, 1000 / 0.3, 2, true, ""));
        BenchResult.Latency latency = new BenchResult.Latency(1000, 1, p99, 10, 500, 20, true, "", 1000, p99 * 2);
        BenchResult.Heap heap = new BenchResult.Heap(256, 200, 150, 20, 30, 256, true, List.of(), List.of());
        return new BenchResult(users, 10, 11, "slapd", "db", "machine", 60, phases, latency, heap, List.of(), null);
    }
}
