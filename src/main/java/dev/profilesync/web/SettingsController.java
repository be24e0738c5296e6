package dev.profilesync.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.SyncState;
import dev.profilesync.core.TimestampPattern;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.core.port.SettingsStore;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Policies, login sync and incremental sync: read together, saved per section, validated before anything is saved. */
final class SettingsController {
    private final SettingsStore store;
    private final SyncEngine engine;
    private final Clock clock;
    private final ZoneId zone;

    SettingsController(SettingsStore store, SyncEngine engine, Clock clock, ZoneId zone) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.zone = zone;
    }

    void register(Routes routes) {
        routes.read("settings", request -> ApiJson.ok(settings()))
                .write("settings/policies", this::savePolicies)
                .write("settings/login-sync", this::saveLoginSync)
                .write("settings/incremental", this::saveIncremental)
                .write("settings/pictures", this::savePictures);
    }

    private Map<String, Object> settings() {
        SyncSettings settings = store.settings();
        SyncState state = store.state();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("activeUserPolicy", settings.activeUserPolicy().name());
        json.put("unlicensedPolicy", settings.unlicensedPolicy().name());
        json.put("loginSyncEnabled", settings.loginSyncEnabled());
        json.put("incrementalEnabled", settings.incrementalEnabled());
        json.put("pictureReplacesUploaded", settings.pictureReplacesUploaded());
        json.put("timestampPattern", settings.timestampPattern().pattern());
        json.put("timestampPresets", List.of(
                Map.of("label", "Active Directory", "pattern", TimestampPattern.ACTIVE_DIRECTORY.pattern()),
                Map.of("label", "OpenLDAP", "pattern", TimestampPattern.OPENLDAP.pattern())));
        json.put("lastSyncDate", LastSyncDate.format(state.lastSyncTime(), zone));
        json.put("lastSyncDatePattern", LastSyncDate.PATTERN);
        json.put("timeZone", zone.getId());
        return json;
    }

    private ApiResponse savePolicies(ApiRequest request) {
        JsonNode body = ApiJson.tree(request.body());
        SyncSettings current = store.settings();
        ActiveUserPolicy active = Enums.parse(ActiveUserPolicy.class, text(body, "activeUserPolicy"),
                current.activeUserPolicy(), "activeUserPolicy", "All Users or Visible Users");
        UnlicensedUserPolicy unlicensed = Enums.parse(UnlicensedUserPolicy.class, text(body, "unlicensedPolicy"),
                current.unlicensedPolicy(), "unlicensedPolicy", "Show or Hide");
        store.saveSettings(current.withActiveUserPolicy(active).withUnlicensedPolicy(unlicensed));
        return ApiJson.ok(settings());
    }

    private ApiResponse saveLoginSync(ApiRequest request) {
        JsonNode body = ApiJson.tree(request.body());
        boolean enabled = bool(body, "enabled");
        store.saveSettings(store.settings().withLoginSync(enabled));
        return ApiJson.ok(settings());
    }

    private ApiResponse savePictures(ApiRequest request) {
        boolean replaces = bool(ApiJson.tree(request.body()), "pictureReplacesUploaded");
        store.saveSettings(store.settings().withPictureReplacesUploaded(replaces));
        return ApiJson.ok(settings());
    }

    private ApiResponse saveIncremental(ApiRequest request) {
        JsonNode body = ApiJson.tree(request.body());
        if (engine.progress().running()) {
            // The running sync moves the last sync date when it ends and would overwrite what is typed now.
            throw ApiException.conflict("A synchronization is running and sets the last sync date when it ends: "
                    + "save these settings after it has finished.");
        }
        SyncSettings current = store.settings();
        boolean enabled = bool(body, "enabled");
        TimestampPattern pattern = new TimestampPattern(Optional.ofNullable(text(body, "timestampPattern"))
                .orElse(current.timestampPattern().pattern()));
        Instant now = clock.instant();
        Optional<Instant> lastSync = LastSyncDate.parse(text(body, "lastSyncDate"), zone, now);
        SyncSettings updated = current.withIncremental(enabled, pattern);
        store.saveSettings(updated);
        store.saveState(store.state().withLastSyncTime(lastSync));
        return ApiJson.ok(settings());
    }

    private static String text(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidSettingException(name, "request.text", "must be text");
        }
        return node.asText();
    }

    private static boolean bool(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || !node.isBoolean()) {
            throw new InvalidSettingException(name, "request.boolean", "must be true or false");
        }
        return node.booleanValue();
    }
}
