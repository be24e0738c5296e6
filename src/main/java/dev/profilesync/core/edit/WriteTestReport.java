package dev.profilesync.core.edit;

import java.time.Instant;
import java.util.List;

/**
 * What one "Save and test" of a directory's write-back found, step by step.
 *
 * @param directoryId the directory tested
 * @param username    whose entry was written
 * @param attribute   the attribute written
 * @param at          when the test ran
 * @param passed      every step passed: the write bind can write this attribute
 * @param steps       in order; the first failing step is the last
 */
public record WriteTestReport(String directoryId, String username, String attribute, Instant at, boolean passed,
                              List<Step> steps) {

    public WriteTestReport {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param name       e.g. "read the current value"
     * @param ok         the step succeeded
     * @param resultCode the LDAP result code (0 success; -1 when no LDAP operation answered)
     * @param detail     what happened, e.g. the value read
     * @param remedy     what to do when it failed; empty when it passed
     */
    public record Step(String name, boolean ok, int resultCode, String detail, String remedy) {
    }
}
