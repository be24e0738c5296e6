package dev.profilesync.standalone.host;

import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.people.PeopleRenderer;
import dev.profilesync.standalone.http.PeopleSite;
import dev.profilesync.standalone.http.SelfServiceSite;
import dev.profilesync.standalone.http.StandaloneAdminServer;
import dev.profilesync.standalone.schedule.ScheduledSyncJob;
import dev.profilesync.standalone.schedule.StandaloneSchedule;
import dev.profilesync.web.AdminApi;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the Advanced Options page over a host's engine and runs the "External User Directory Sync Job" on its
 * schedule, until told to stop (the process's shutdown, for the commands). The page, the job and any sync the page
 * starts share the host's one engine, so one run at a time holds for all of them.
 */
public final class AdminPageServing {
    private AdminPageServing() {
    }

    /** Blocks until {@code stop} is released; returns the exit code. */
    public static int serveUntil(CountDownLatch stop, StandaloneHost host, Path dataFolder, int port, PrintWriter out) {
        return serveUntil(stop, host, dataFolder, port, false, out);
    }

    /**
     * As above, with the people pages ({@code /people}); {@code publicPeople} makes them readable without logging
     * in. Blocks until {@code stop} is released; returns the exit code.
     */
    public static int serveUntil(CountDownLatch stop, StandaloneHost host, Path dataFolder, int port, boolean publicPeople,
                          PrintWriter out) {
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = clock.getZone();
        try (ScheduledSyncJob job = ScheduledSyncJob.forEngine(host.engine(), () -> host.settings().settings(),
                () -> true, clock, host.settings().scheduleFloor())) {
            StandaloneSchedule schedule = new StandaloneSchedule(host.settings(),
                    (cron, after) -> host.settings().scheduleFloor().check(cron, "cron").nextAfter(after.atZone(zone))
                            .map(ZonedDateTime::toInstant),
                    () -> true, newCron -> job.reschedule(), clock);
            job.start();
            try (AdminApi api = new AdminApi(host.engine(), host.ports(), schedule, clock, zone)
                    .withWriteBack(host.writeBackCheck(), host.writeBacks());
                 PeopleDirectory people = new PeopleDirectory(host.profiles(), host.settings(), host.users(), clock);
                 StandaloneAdminServer server = StandaloneAdminServer.start(
                         StandaloneAdminServer.Config.local(port, dataFolder, out), api,
                         Optional.of(new PeopleSite(people, new PeopleRenderer(), publicPeople,
                                 host.profiles()::picture)),
                         Optional.of(new SelfServiceSite(host.editor(), host.personLogin(), new PeopleRenderer())))) {
                out.println();
                out.println("Advanced Options: " + server.url());
                out.println("People Directory: " + server.url().resolve("people")
                        + (publicPeople ? " (readable without logging in)" : " (same login)"));
                out.println("Edit my profile: " + server.url().resolve("me") + " (people log in with their"
                        + " directory username and password)");
                out.println(ScheduledSyncJob.NAME + ": next run " + job.nextRun().map(Object::toString)
                        .orElse("never") + " (" + host.settings().settings().schedule() + ")");
                out.println("Press Ctrl+C to stop.");
                out.flush();
                stop.await();
                return ExitCode.SUCCESS;
            }
        } catch (IOException e) {
            throw new RunFailure("--port", "cannot serve the admin page on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): choose a free port with --port", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.SUCCESS;
        }
    }

    /**
     * Ctrl+C or SIGTERM as a stop request: the hook releases the serving thread and then waits (a few seconds at
     * most) until the command has closed its database, so the embedded database is shut down cleanly.
     */
    public static final class ProcessShutdown implements AutoCloseable {
        private final CountDownLatch requested = new CountDownLatch(1);
        private final CountDownLatch closed = new CountDownLatch(1);

        public ProcessShutdown() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                requested.countDown();
                try {
                    closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "profile-sync-shutdown"));
        }

        public CountDownLatch requested() {
            return requested;
        }

        /** Called once the command has closed everything. */
        @Override
        public void close() {
            closed.countDown();
        }
    }
}
