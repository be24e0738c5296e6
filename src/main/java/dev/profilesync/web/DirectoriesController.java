package dev.profilesync.web;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.SettingsStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The directories the host offers, read-only, and a connection test with a sample of users. Nothing that looks
 * like a credential reaches the page, even if a reader's description had one by mistake.
 */
final class DirectoriesController {
    static final int SAMPLE_SIZE = 5;
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "credential", "token");

    private final DirectoryCatalog catalog;
    private final SettingsStore store;

    DirectoriesController(DirectoryCatalog catalog, SettingsStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    void register(Routes routes) {
        routes.read("directories", request -> ApiJson.ok(directories()))
                .action("directories/test", this::test);
    }

    private Map<String, Object> directories() {
        List<Map<String, Object>> list = new ArrayList<>();
        int order = 1;
        for (DirectoryReader reader : catalog.directories()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", reader.id());
            json.put("name", reader.name());
            json.put("order", order++);
            json.put("settings", withoutSecrets(reader.describe()));
            list.add(json);
        }
        List<Map<String, String>> skipped = new ArrayList<>();
        catalog.skippedDirectories().forEach((name, reason) -> skipped.add(Map.of("name", name, "reason", reason)));
        return Map.of("directories", list, "skipped", skipped);
    }

    static Map<String, String> withoutSecrets(Map<String, String> description) {
        Map<String, String> safe = new LinkedHashMap<>();
        description.forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (SECRET_WORDS.stream().noneMatch(lower::contains)) {
                safe.put(key, value);
            }
        });
        return safe;
    }

    private ApiResponse test(ApiRequest request) {
        String id = ApiJson.read(request.body(), TestRequest.class).id();
        DirectoryReader reader = catalog.directories().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        request.caller().translations().text("profilesync.api.directory.unknown", id)));
        Set<String> attributes = new LinkedHashSet<>();
        store.fields().stream().filter(FieldDefinition::syncEnabled)
                .forEach(field -> attributes.addAll(field.attributesRead()));
        ConnectionTest result = reader.testConnection(attributes, SAMPLE_SIZE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", reader.id());
        json.put("name", reader.name());
        json.put("ok", result.ok());
        json.put("message", result.message());
        json.put("tookMillis", result.took().toMillis());
        json.put("attributes", List.copyOf(attributes));
        json.put("sample", result.sample().stream().map(entry -> sample(entry, attributes)).toList());
        return ApiJson.ok(json);
    }

    private static Map<String, Object> sample(DirectoryEntry entry, Set<String> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String attribute : attributes) {
            values.put(attribute, String.join(", ", entry.values(attribute)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", entry.username());
        json.put("dn", entry.dn());
        json.put("values", values);
        return json;
    }

    record TestRequest(String id) {
    }
}
