package dev.profilesync.web;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.LoginSyncCounts;
import dev.profilesync.core.port.WriteAccounts;
import dev.profilesync.core.port.WriteBackAudit;
import dev.profilesync.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The admin page's JSON API, independent of any web server: a host's binding authenticates the caller, checks the
 * XSRF token, turns the HTTP request into an {@link ApiRequest} and writes the {@link ApiResponse} back. This class
 * decides who may do what: only administrators; GET only reads; every state change is a POST with a valid XSRF
 * token and is refused while the host is read-only. Thread-safe. See docs/admin-page.md for the actions.
 */
public final class AdminApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);

    private final SyncPorts ports;
    private final HostSchedule schedule;
    private final SyncLauncher launcher;
    private final Routes routes = new Routes();

    /**
     * @param engine   the engine runs are started on (the same instance the host's scheduled job uses, so the
     *                 page sees those runs' progress too)
     * @param ports    the host's ports: settings, history, directories, users, profiles and access mode are used here
     * @param schedule the host's scheduled job
     * @param clock    for elapsed times and the last-sync-date check
     * @param zone     the time zone the "Last LDAP sync date" is shown and typed in
     */
    public AdminApi(SyncEngine engine, SyncPorts ports, HostSchedule schedule, Clock clock, ZoneId zone) {
        this(engine, ports, schedule, clock, zone, java.util.Optional.empty());
    }

    /** As above, for a host with login sync: the status then says how many login syncs were dropped. */
    public AdminApi(SyncEngine engine, SyncPorts ports, HostSchedule schedule, Clock clock, ZoneId zone,
                    java.util.Optional<LoginSyncCounts> loginSyncs) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.launcher = new SyncLauncher(Objects.requireNonNull(engine, "engine"));
        HistoryController history = new HistoryController(ports.history());
        routes.read("context", this::context);
        routes.read("messages", AdminApi::messages);
        new SyncController(engine, launcher, clock, history::lastRealRun, loginSyncs).register(routes);
        history.register(routes);
        new SettingsController(ports.settings(), engine, clock, zone).register(routes);
        new FieldsController(ports.settings()).register(routes);
        new DirectoriesController(ports.directories(), ports.settings()).register(routes);
        new ScheduleController(schedule).register(routes);
        new UsersController(ports.hostUsers(), ports.profiles(), ports.settings(), launcher).register(routes);
    }

    /**
     * Adds write-back to the page: the Save and test panel and the audit. Call once, before the API is used; a host
     * without write-back leaves it out and the page hides the panel.
     */
    public AdminApi withWriteBack(WriteBackCheck check, WriteBackAudit audit) {
        new WriteBackController(ports.directories(), check, audit).register(routes);
        return this;
    }

    /**
     * Adds the write binds a host keeps itself (Confluence), set on the page: call once, with
     * {@link #withWriteBack}, before the API is used.
     */
    public AdminApi withWriteBinds(WriteAccounts accounts) {
        new WriteBindsController(ports.directories(), accounts).register(routes);
        return this;
    }

    public ApiResponse handle(ApiRequest request) {
        Caller caller = request.caller();
        Translations words = caller.translations();
        if (!caller.loggedIn()) {
            return ApiJson.message(401, words.text("profilesync.api.login"));
        }
        if (!caller.admin()) {
            return ApiJson.message(403, words.text("profilesync.api.forbidden"));
        }
        Routes.Route route = routes.find(request.method(), request.path()).orElse(null);
        if (route == null) {
            return routes.knows(request.path())
                    ? ApiJson.message(405, words.text("profilesync.api.method", request.method()))
                    : ApiJson.message(404, words.text("profilesync.api.notfound", request.path()));
        }
        if (route.access() != Routes.Access.READ && !request.xsrfTokenValid()) {
            return ApiJson.message(403, words.text("profilesync.api.xsrf"));
        }
        if (route.access() == Routes.Access.WRITE && ports.accessMode().isReadOnly()) {
            return ApiJson.message(423, words.text("profilesync.api.readonly"));
        }
        return invoke(route, request);
    }

    private ApiResponse invoke(Routes.Route route, ApiRequest request) {
        try {
            return route.handler().handle(request);
        } catch (InvalidSettingException e) {
            return ApiJson.fieldErrors(List.of(new ApiJson.FieldError(e.setting(), e.detail())));
        } catch (ApiException e) {
            return ApiJson.message(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Admin API action {} {} failed", request.method(), request.path(), e);
            // The exception's text may name classes, SQL or hosts: it goes to the log, the page gets plain words.
            return ApiJson.message(500, request.caller().translations().text("profilesync.api.failed"));
        }
    }

    private ApiResponse context(ApiRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", request.caller().username());
        json.put("xsrfToken", request.caller().xsrfToken());
        json.put("readOnly", ports.accessMode().isReadOnly());
        json.put("scheduleEditable", schedule.current().editable());
        return ApiJson.ok(json);
    }

    /** The page's messages in the caller's language, for the scripts' {@code t(key, ...)}. */
    private static ApiResponse messages(ApiRequest request) {
        Translations words = request.caller().translations();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("locale", words.locale().toLanguageTag());
        json.put("messages", words.page());
        return ApiJson.ok(json);
    }

    /** Stops the background thread; a run in progress is interrupted at the engine's next check. */
    @Override
    public void close() {
        launcher.close();
    }
}
