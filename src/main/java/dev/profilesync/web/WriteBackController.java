package dev.profilesync.web;

import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.edit.WriteBackRecord;
import dev.profilesync.core.edit.WriteTestReport;
import dev.profilesync.core.port.DirectoryCatalog;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.WriteBackAudit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write-back on the admin page: per directory whether it has a write bind and how its latest "Save and test" went,
 * the test itself, and the audit of write-backs. The write bind's password never leaves the server.
 */
final class WriteBackController {
    static final int AUDIT_SHOWN = 100;

    private final DirectoryCatalog catalog;
    private final WriteBackCheck check;
    private final WriteBackAudit audit;

    WriteBackController(DirectoryCatalog catalog, WriteBackCheck check, WriteBackAudit audit) {
        this.catalog = catalog;
        this.check = check;
        this.audit = audit;
    }

    void register(Routes routes) {
        routes.read("writeback", request -> ApiJson.ok(status()))
                .write("writeback/test", this::test);
    }

    private Map<String, Object> status() {
        Map<String, WriteTestReport> latest = check.latest();
        List<Map<String, Object>> directories = new ArrayList<>();
        for (DirectoryReader reader : catalog.directories()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", reader.id());
            json.put("name", reader.name());
            json.put("writeBind", check.writesBack(reader.id()));
            WriteTestReport report = latest.get(reader.id());
            json.put("tested", report != null);
            json.put("passed", report != null && report.passed());
            json.put("latest", report == null ? null : report(report));
            directories.add(json);
        }
        List<Map<String, Object>> records = new ArrayList<>();
        audit.recent(AUDIT_SHOWN).forEach(r -> records.add(record(r)));
        return Map.of("directories", directories, "audit", records);
    }

    private ApiResponse test(ApiRequest request) {
        TestRequest body = ApiJson.read(request.body(), TestRequest.class);
        if (catalog.directories().stream().noneMatch(r -> r.id().equals(body.directoryId()))) {
            throw ApiException.notFound(request.caller().translations().text("profilesync.api.directory.unknown", body.directoryId()));
        }
        if (body.username() == null || body.username().isBlank()) {
            return ApiJson.fieldErrors(List.of(new ApiJson.FieldError("username",
                    request.caller().translations().text("profilesync.api.writeback.username"))));
        }
        if (body.attribute() == null || !body.attribute().matches("[A-Za-z][A-Za-z0-9-]*")) {
            return ApiJson.fieldErrors(List.of(new ApiJson.FieldError("attribute",
                    request.caller().translations().text("profilesync.api.writeback.attribute"))));
        }
        WriteTestReport report = check.run(body.directoryId(), body.username().trim(), body.attribute(),
                body.testValue(), request.caller().username());
        return ApiJson.ok(report(report));
    }

    private static Map<String, Object> report(WriteTestReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("directoryId", report.directoryId());
        json.put("username", report.username());
        json.put("attribute", report.attribute());
        json.put("at", report.at().toString());
        json.put("passed", report.passed());
        List<Map<String, Object>> steps = new ArrayList<>();
        report.steps().forEach(s -> steps.add(Map.of("name", s.name(), "ok", s.ok(), "resultCode", s.resultCode(),
                "detail", s.detail(), "remedy", s.remedy())));
        json.put("steps", steps);
        return json;
    }

    private static Map<String, Object> record(WriteBackRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", record.at().toString());
        json.put("actor", record.actor());
        json.put("directoryId", record.directoryId());
        json.put("dn", record.dn());
        json.put("result", record.result().name());
        json.put("resultCode", record.resultCode());
        json.put("message", record.message());
        List<Map<String, String>> changes = new ArrayList<>();
        record.changes().forEach(c -> changes.add(Map.of("field", c.fieldKey(), "attribute", c.attribute(),
                "old", c.oldValue(), "new", c.newValue())));
        json.put("changes", changes);
        return json;
    }

    /** The admin's choice: a directory, a person, an attribute and, optionally, a test value. */
    record TestRequest(String directoryId, String username, String attribute, String testValue) {
    }
}
