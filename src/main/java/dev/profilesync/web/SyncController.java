package dev.profilesync.web;

import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncProgress;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.ValueChange;
import dev.profilesync.core.port.LoginSyncCounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Starting runs, their live progress and results, and the paged changes of the last dry run. */
final class SyncController {
    static final int MAX_PAGE_SIZE = 200;

    private final SyncEngine engine;
    private final SyncLauncher launcher;
    private final Clock clock;
    private final Supplier<Optional<SyncReport>> storedLastRun;
    private final Optional<LoginSyncCounts> loginSyncs;

    SyncController(SyncEngine engine, SyncLauncher launcher, Clock clock,
                   Supplier<Optional<SyncReport>> storedLastRun, Optional<LoginSyncCounts> loginSyncs) {
        this.loginSyncs = loginSyncs;
        this.engine = engine;
        this.launcher = launcher;
        this.clock = clock;
        this.storedLastRun = storedLastRun;
    }

    void register(Routes routes) {
        routes.read("status", request -> ApiJson.ok(status()))
                .read("changes", this::changes)
                .write("sync/start", request -> start(SyncLauncher.Kind.SYNC))
                .write("sync/dry-run", request -> start(SyncLauncher.Kind.DRY_RUN));
    }

    private ApiResponse start(SyncLauncher.Kind kind) {
        return launcher.start(kind)
                .map(refusal -> ApiJson.message(409, refusal))
                .orElseGet(() -> ApiJson.response(202, Map.of("started", true, "kind", kind.name())));
    }

    Map<String, Object> status() {
        SyncProgress progress = engine.progress();
        boolean running = progress.running() || launcher.active().isPresent();
        Instant now = clock.instant();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("running", running);
        json.put("kind", launcher.active().map(Enum::name).orElse(progress.running() ? "OTHER" : null));
        json.put("mode", progress.mode() == null ? null : progress.mode().name());
        json.put("processed", progress.processed());
        json.put("total", progress.total());
        json.put("percent", percent(progress));
        json.put("currentDirectory", progress.currentDirectory());
        json.put("startedAt", progress.start() == null ? null : progress.start().toString());
        json.put("elapsedMillis", progress.start() == null ? null : Duration.between(progress.start(), now).toMillis());
        json.put("etaMillis", progress.estimatedRemaining(now).map(Duration::toMillis).orElse(null));
        // After a restart the page still shows the last run, from history (a scheduled run's, too).
        Optional<SyncReport> lastRun = running ? launcher.lastRun() : launcher.lastRun().or(storedLastRun);
        json.put("lastRun", lastRun.map(ReportJson::summary).orElse(null));
        json.put("lastDryRun", launcher.lastDryRun().map(ReportJson::summary).orElse(null));
        json.put("message", launcher.lastRefusal());
        json.put("loginSync", loginSyncs.map(counts -> Map.of("queued", counts.queued(), "dropped", counts.dropped()))
                .orElse(null));
        return json;
    }

    private static Integer percent(SyncProgress progress) {
        if (!progress.running() || progress.total() <= 0) {
            return null;
        }
        return (int) Math.min(100, progress.processed() * 100 / progress.total());
    }

    private ApiResponse changes(ApiRequest request) {
        int page = intParam(request, "page", 1, 1, Integer.MAX_VALUE);
        int size = intParam(request, "size", 25, 1, MAX_PAGE_SIZE);
        SyncReport dryRun = launcher.lastDryRun()
                .orElseThrow(() -> ApiException.notFound(request.caller().translations().text("profilesync.api.dryrun.none")));
        List<ValueChange> changes = dryRun.changes();
        int from = (int) Math.min((long) (page - 1) * size, changes.size());
        int to = Math.min(from + size, changes.size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runId", dryRun.id());
        json.put("page", page);
        json.put("size", size);
        json.put("total", changes.size());
        json.put("pages", Math.max(1, (changes.size() + size - 1) / size));
        json.put("truncated", dryRun.changesTruncated());
        json.put("items", changes.subList(from, to).stream().map(change -> Map.of(
                "user", change.username(),
                "field", change.field(),
                "oldValue", change.oldValue(),
                "newValue", change.newValue())).toList());
        return ApiJson.ok(json);
    }

    private static int intParam(ApiRequest request, String name, int fallback, int min, int max) {
        String raw = request.param(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badRequest("'" + name + "' must be from " + min + " to " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, got '" + raw + "'");
        }
    }
}
