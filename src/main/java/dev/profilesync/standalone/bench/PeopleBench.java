package dev.profilesync.standalone.bench;

import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeopleQuery;
import dev.profilesync.core.people.Person;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.standalone.host.StandaloneHost;
import dev.profilesync.standalone.http.PeopleSite;
import dev.profilesync.standalone.http.StandaloneAdminServer;
import dev.profilesync.standalone.schedule.CronSchedule;
import dev.profilesync.standalone.schedule.StandaloneSchedule;
import dev.profilesync.web.AdminApi;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The {@code --people} phase of the benchmark: the synced people read back the way colleagues read them, timed at
 * the standalone server's HTTP boundary (a keep-alive client on loopback, the page rendered in full): a People
 * Directory search with one word and one filter (first page), a Profile List of 1,000 people and a person's page
 * with its org chart. The index is built once first; that time is reported too.
 */
public final class PeopleBench {
    static final double TARGET_SEARCH_P95_MILLIS = 50;
    static final double TARGET_PROFILE_LIST_P95_MILLIS = 300;
    static final double TARGET_ORG_CHART_P95_MILLIS = 50;
    private static final int WARM_UP = 20;

    private final StandaloneHost host;
    private final Path dataFolder;
    private final int requests;
    private final Random random;
    private final PrintWriter progress;
    private final HttpClient http = HttpClient.newHttpClient();

    public PeopleBench(StandaloneHost host, Path dataFolder, int requests, long seed, PrintWriter progress) {
        this.host = host;
        this.dataFolder = dataFolder;
        this.requests = requests;
        this.random = new Random(seed + 3);
        this.progress = progress;
    }

    public List<BenchResult.PeopleRead> run() throws IOException {
        Clock clock = Clock.systemUTC();
        StandaloneSchedule schedule = new StandaloneSchedule(host.settings(),
                (cron, after) -> CronSchedule.parse(cron, "cron").nextAfter(after.atZone(ZoneOffset.UTC))
                        .map(ZonedDateTime::toInstant), () -> true, cron -> { }, clock);
        try (PeopleDirectory directory = new PeopleDirectory(host.profiles(), host.settings(), host.users(), clock);
             AdminApi api = new AdminApi(host.engine(), host.ports(), schedule, clock, ZoneOffset.UTC);
             StandaloneAdminServer server = StandaloneAdminServer.start(StandaloneAdminServer.Config.local(0,
                     dataFolder, new PrintWriter(new StringWriter())), api,
                     Optional.of(new PeopleSite(directory, new PeopleRenderer(), true)))) {
            List<BenchResult.PeopleRead> reads = new ArrayList<>();
            say("people: reading the index");
            long start = System.nanoTime();
            PeopleIndex index = directory.refresh();
            double buildMillis = (System.nanoTime() - start) / 1e6;
            reads.add(new BenchResult.PeopleRead("people index read", 1, buildMillis, buildMillis, 0, true,
                    index.listedCount() + " people listed"));
            List<String> departments = choices(index, "department");
            List<String> words = firstNameWords(index);
            List<String> usernames = index.search(new PeopleQuery("", Map.of(), Optional.empty(), "name", 0,
                    Integer.MAX_VALUE)).people().stream().map(Person::username).toList();
            reads.add(measure(server.url(), "directory search: 1 word + 1 filter", requests,
                    TARGET_SEARCH_P95_MILLIS, i -> "/people?q=" + encode(pick(words)) + "&f.department="
                            + encode(pick(departments))));
            reads.add(measure(server.url(), "profile list of 1,000 people", Math.max(10, requests / 10),
                    TARGET_PROFILE_LIST_P95_MILLIS, i -> "/macros/profile-list?limit=1000&filter="
                            + encode("department=" + pick(departments))));
            reads.add(measure(server.url(), "person page with org chart", requests, TARGET_ORG_CHART_P95_MILLIS,
                    i -> "/people/" + encode(pick(usernames))));
            return reads;
        }
    }

    private BenchResult.PeopleRead measure(URI base, String name, int count, double targetP95, IntFunction<String> path)
            throws IOException {
        say("people: " + name + " (" + count + " requests)");
        long[] nanos = new long[count];
        long bytes = 0;
        for (int i = -WARM_UP; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path.apply(i))).GET().build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = send(request);
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            if (i >= 0) {
                nanos[i] = took;
                bytes += response.body().length;
            }
        }
        Latencies latencies = new Latencies(nanos);
        double p95 = latencies.percentileMillis(95);
        String result = count + " requests, " + (bytes / Math.max(1, count) / 1024) + " KiB a page, p99 "
                + format(latencies.percentileMillis(99)) + " ms";
        say("  p50 " + format(latencies.percentileMillis(50)) + " ms, p95 " + format(p95) + " ms");
        return new BenchResult.PeopleRead(name, count, latencies.percentileMillis(50), p95, targetP95, p95 < targetP95,
                result);
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static List<String> choices(PeopleIndex index, String field) {
        List<String> values = index.filterChoices(field).stream().map(PeopleIndex.FilterChoice::value).toList();
        if (values.isEmpty()) {
            throw new IllegalStateException("the benchmark's people have no " + field + " to filter by");
        }
        return values;
    }

    /** Words people would type: the first names of a sample of the listed people. */
    private List<String> firstNameWords(PeopleIndex index) {
        List<String> words = new ArrayList<>();
        for (Person person : index.search(new PeopleQuery("", Map.of(), Optional.empty(), "name", 0, 2_000)).people()) {
            String first = person.fullName().split("\\s+")[0];
            words.add(first.substring(0, Math.min(first.length(), 3)).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private void say(String line) {
        progress.println("bench: " + line);
        progress.flush();
    }
}
