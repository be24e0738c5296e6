package dev.profilesync.core.edit;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.DirectoryWriter;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.core.port.WriteBackAudit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Save and test" of a directory's write bind: reads one person's attribute as the write account, writes it back
 * unchanged (or a test value and then the original), reads it again, and reports each step with the LDAP result code
 * and a remedy. Keeps the latest report per directory so the page can say which directories passed; they live as
 * long as the process (a restart asks for the test again). Every write it makes is audited. Thread-safe.
 */
public final class WriteBackCheck {
    private final SyncPorts ports;
    private final DirectoryWriters writers;
    private final WriteBackAudit audit;
    private final Clock clock;
    private final Map<String, WriteTestReport> latest = new ConcurrentHashMap<>();

    public WriteBackCheck(SyncPorts ports, DirectoryWriters writers, WriteBackAudit audit, Clock clock) {
        this.ports = ports;
        this.writers = writers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the directory has a write bind at all. */
    public boolean writesBack(String directoryId) {
        return writers.writer(directoryId).isPresent();
    }

    /** The latest report of each directory tested since the start, by directory id. */
    public Map<String, WriteTestReport> latest() {
        return Map.copyOf(latest);
    }

    /**
     * Runs the test.
     *
     * @param testValue empty: write the current value back unchanged; otherwise write this, then the original
     * @param actor     the admin, for the audit
     */
    public WriteTestReport run(String directoryId, String username, String attribute, String testValue, String actor) {
        List<WriteTestReport.Step> steps = new ArrayList<>();
        boolean passed = steps(directoryId, username, attribute, testValue == null ? "" : testValue.strip(), actor,
                steps);
        WriteTestReport report = new WriteTestReport(directoryId, username, attribute, clock.instant(), passed, steps);
        latest.put(directoryId, report);
        return report;
    }

    private boolean steps(String directoryId, String username, String attribute, String testValue, String actor,
                          List<WriteTestReport.Step> steps) {
        Optional<DirectoryWriter> writer = writers.writer(directoryId);
        if (writer.isEmpty()) {
            return fail(steps, "find the write bind", -1, "directory " + directoryId + " has no write bind",
                    "set the directory's write bind (its own DN and password), then test again");
        }
        Optional<DirectoryEntry> entry = find(directoryId, username, steps);
        if (entry.isEmpty()) {
            return false;
        }
        String dn = entry.get().dn();
        List<String> original;
        try {
            original = writer.get().currentValues(dn, Set.of(attribute))
                    .getOrDefault(attribute.toLowerCase(Locale.ROOT), List.of());
        } catch (DirectoryException e) {
            return fail(steps, "read " + attribute + " as the write bind", -1, e.getMessage(),
                    "let the write bind read the people it writes to");
        }
        steps.add(new WriteTestReport.Step("read " + attribute + " as the write bind", true, 0,
                original.isEmpty() ? "no value" : String.join(", ", original), ""));
        if (testValue.isEmpty() && original.isEmpty()) {
            return fail(steps, "write the value back unchanged", -1, username + " has no " + attribute,
                    "pick a person who has a value, or give a test value (written, then removed again)");
        }
        // Only the first value takes part, so the other values of a multi-valued attribute are never touched.
        List<String> firstOnly = original.isEmpty() ? List.of() : List.of(original.get(0));
        String first = testValue.isEmpty() ? original.get(0) : testValue;
        if (!write(writer.get(), dn, attribute, firstOnly, first, actor, directoryId,
                testValue.isEmpty() ? "write the value back unchanged" : "write the test value", steps)) {
            return false;
        }
        if (!testValue.isEmpty() && !write(writer.get(), dn, attribute, List.of(testValue),
                original.isEmpty() ? "" : original.get(0), actor, directoryId, "write the original value back", steps)) {
            return false;
        }
        return readAgain(writer.get(), dn, attribute, original, steps);
    }

    private Optional<DirectoryEntry> find(String directoryId, String username, List<WriteTestReport.Step> steps) {
        Optional<DirectoryReader> reader = ports.directories().directories().stream()
                .filter(r -> r.id().equals(directoryId)).findFirst();
        try {
            Optional<DirectoryEntry> entry = reader.flatMap(r -> r.readUser(username, Set.of()));
            if (entry.isEmpty()) {
                fail(steps, "find " + username, -1, "no entry with that username in directory " + directoryId,
                        "pick a user of this directory");
            } else {
                steps.add(new WriteTestReport.Step("find " + username, true, 0, entry.get().dn(), ""));
            }
            return entry;
        } catch (DirectoryException e) {
            fail(steps, "find " + username, -1, e.getMessage(), "check the directory's connection settings");
            return Optional.empty();
        }
    }

    private boolean write(DirectoryWriter writer, String dn, String attribute, List<String> old, String value,
                          String actor, String directoryId, String name, List<WriteTestReport.Step> steps) {
        WriteOutcome outcome = writer.write(dn, List.of(new AttributeChange(attribute, old, value)));
        audit.record(new WriteBackRecord(clock.instant(), actor + " (Save and test)", directoryId, dn,
                List.of(new WriteBackRecord.Change("", attribute, String.join(", ", old), value)),
                outcome.written() ? WriteBackRecord.Result.WRITTEN : WriteBackRecord.Result.REFUSED,
                outcome.resultCode(), outcome.reason()));
        if (!outcome.written()) {
            return fail(steps, name, outcome.resultCode(), "refused", outcome.reason());
        }
        steps.add(new WriteTestReport.Step(name, true, 0, value.isEmpty() ? "removed" : value, ""));
        return true;
    }

    private static boolean readAgain(DirectoryWriter writer, String dn, String attribute, List<String> original,
                                     List<WriteTestReport.Step> steps) {
        String name = "read " + attribute + " again";
        List<String> now;
        try {
            now = writer.currentValues(dn, Set.of(attribute)).getOrDefault(attribute.toLowerCase(Locale.ROOT),
                    List.of());
        } catch (DirectoryException e) {
            return fail(steps, name, -1, e.getMessage(), "check the directory's connection settings");
        }
        if (!Set.copyOf(now).equals(Set.copyOf(original))) {
            return fail(steps, name, 0, "holds " + now + ", expected " + original,
                    "another system may have changed it meanwhile: look at the entry, then test again");
        }
        steps.add(new WriteTestReport.Step(name, true, 0, now.isEmpty() ? "no value" : String.join(", ", now), ""));
        return true;
    }

    private static boolean fail(List<WriteTestReport.Step> steps, String name, int code, String detail,
                                String remedy) {
        steps.add(new WriteTestReport.Step(name, false, code, detail, remedy));
        return false;
    }
}
