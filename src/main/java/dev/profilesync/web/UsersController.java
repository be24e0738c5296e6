package dev.profilesync.web;

import dev.profilesync.core.HostUser;
import dev.profilesync.core.Picture;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.ProfileStore;
import dev.profilesync.core.port.SettingsStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Users panel: suggestions by the start of a username, one user's stored profile and picture, and "Sync this
 * user now". The username travels as a query parameter or in the JSON body, never as a path segment: usernames may
 * hold '/' and '%', which servlet containers decode (or refuse) in paths differently from host to host.
 */
final class UsersController {
    static final int SUGGESTIONS = 10;
    static final int MAX_USERNAME = 255;
    /** What the picture route may send: images a browser shows as images and never runs (no SVG). */
    static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/gif");

    private final HostUsers users;
    private final ProfileStore profiles;
    private final SettingsStore settings;
    private final SyncLauncher launcher;

    UsersController(HostUsers users, ProfileStore profiles, SettingsStore settings, SyncLauncher launcher) {
        this.users = users;
        this.profiles = profiles;
        this.settings = settings;
        this.launcher = launcher;
    }

    void register(Routes routes) {
        routes.read("users", this::suggestions)
                .read("users/profile", request -> ApiJson.ok(toJson(find(username(request), request))))
                .read("users/picture", this::picture)
                .write("users/sync", this::sync);
    }

    private ApiResponse suggestions(ApiRequest request) {
        String prefix = request.param("prefix").map(String::strip).orElse("");
        if (prefix.length() > MAX_USERNAME) {
            throw ApiException.badRequest("'prefix' is longer than a username can be (" + MAX_USERNAME + ").");
        }
        List<String> names = prefix.isEmpty() ? List.of() : profiles.usernamesStartingWith(prefix, SUGGESTIONS);
        return ApiJson.ok(Map.of("prefix", prefix, "usernames", names, "limit", SUGGESTIONS));
    }

    private ApiResponse picture(ApiRequest request) {
        Found found = find(username(request), request);
        String field = request.param("field").orElse("");
        Picture picture = UserProfileJson.pictureFields(settings.fields()).stream()
                .filter(key -> field.isEmpty() || key.equals(field))
                .map(key -> profiles.picture(found.user().userKey(), key))
                .flatMap(Optional::stream)
                .filter(stored -> IMAGE_TYPES.contains(stored.mediaType()))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(field.isEmpty()
                        ? request.caller().translations().text("profilesync.api.user.noPicture", found.user().username())
                        : request.caller().translations().text("profilesync.api.user.noPictureIn", found.user().username(), field)));
        return ApiResponse.image(picture.mediaType(), picture.bytes());
    }

    private ApiResponse sync(ApiRequest request) {
        String username = ApiJson.tree(request.body()).path("username").asText("").strip();
        checkUsername(username, request);
        SyncReport report = launcher.runUser(username).orElseThrow(() -> ApiException.conflict(
                request.caller().translations().text("profilesync.api.user.running")));
        if (report.outcome().wasRefused()) {
            throw ApiException.conflict(String.join(" ", report.notes()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", ReportJson.summary(report));
        json.put("profile", findStored(username).map(this::toJson).orElse(null));
        return ApiJson.ok(json);
    }

    private Map<String, Object> toJson(Found found) {
        return new UserProfileJson(settings.fields(), profiles).toJson(found.user(), found.profile(),
                profiles.lastWritten(found.user().userKey()));
    }

    private Found find(String username, ApiRequest request) {
        return findStored(username).orElseThrow(() -> ApiException.notFound(
                request.caller().translations().text("profilesync.api.user.nothingStored", username)));
    }

    /** The host's user (who keys the profile, whatever its last stored username) and their stored profile. */
    private Optional<Found> findStored(String username) {
        Optional<HostUser> user = users.byUsername(username);
        return user.flatMap(known -> Optional.ofNullable(profiles.load(List.of(known.userKey())).get(known.userKey()))
                .map(profile -> new Found(known, profile)));
    }

    private static String username(ApiRequest request) {
        String username = request.param("username").map(String::strip).orElse("");
        checkUsername(username, request);
        return username;
    }

    private static void checkUsername(String username, ApiRequest request) {
        if (username.isEmpty()) {
            throw ApiException.badRequest(request.caller().translations().text("profilesync.api.user.empty"));
        }
        if (username.length() > MAX_USERNAME) {
            throw ApiException.badRequest(request.caller().translations().text("profilesync.api.user.tooLong", MAX_USERNAME));
        }
    }

    private record Found(HostUser user, StoredProfile profile) {
    }
}
