package dev.profilesync.web;

import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.WriteAccounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write binds a host keeps itself (Confluence: Crowd's directory settings have no place for one): per directory
 * its bind DN or none, and saving one. The password goes one way only: it is taken when given, never returned, and
 * an empty one keeps the password already stored.
 */
final class WriteBindsController {
    private final DirectoryCatalog catalog;
    private final WriteAccounts accounts;

    WriteBindsController(DirectoryCatalog catalog, WriteAccounts accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    void register(Routes routes) {
        routes.read("writebinds", request -> ApiJson.ok(Map.of("directories", list())))
                .write("writebinds/save", this::save);
    }

    private List<Map<String, Object>> list() {
        Map<String, String> dns = accounts.bindDns();
        List<Map<String, Object>> directories = new ArrayList<>();
        for (DirectoryReader reader : catalog.directories()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", reader.id());
            json.put("name", reader.name());
            json.put("bindDn", dns.getOrDefault(reader.id(), ""));
            directories.add(json);
        }
        return directories;
    }

    private ApiResponse save(ApiRequest request) {
        SaveRequest body = ApiJson.read(request.body(), SaveRequest.class);
        if (catalog.directories().stream().noneMatch(r -> r.id().equals(body.directoryId()))) {
            throw ApiException.notFound(request.caller().translations().text("profilesync.api.directory.unknown", body.directoryId()));
        }
        accounts.save(body.directoryId(), body.bindDn(), body.password());
        return ApiJson.ok(Map.of("directories", list()));
    }

    record SaveRequest(String directoryId, String bindDn, String password) {
        @Override
        public String toString() {
            return "SaveRequest[directoryId=" + directoryId + ", bindDn=" + bindDn + ", password=(hidden)]";
        }
    }
}
