package dev.profilesync.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, at the end of a full run, whether the values it would clear may really be cleared. A directory that
 * answers with nothing, or with far fewer entries than last time, or an attribute that no entry has any more, is far
 * more often a broken filter, a lost read right or a mistyped mapping than a real change; clearing then would blank
 * profiles by mistake; and a run in which a directory broke off knows nothing of the entries it missed. In those
 * cases the clears are withheld and the report says why.
 */
final class ClearGuard {
    /** Below this many entries, "no entry has the attribute" says little. */
    static final int MIN_ENTRIES_FOR_FIELD_CHECK = 10;

    private ClearGuard() {
    }

    /** The clears that may go ahead; notes in the report explain any that are withheld. */
    static List<PendingClear> allowed(List<PendingClear> pending, long entriesRead, long usersProcessed,
                                      SyncState state, SyncSettings settings, ProfileDiffer differ,
                                      ReportBuilder report, boolean directoryFailed) {
        if (directoryFailed) {
            // A read that broke off says nothing about the entries it did not reach, and a field check over part of
            // the directory is no check: clear nothing until a whole read succeeds.
            if (!pending.isEmpty()) {
                report.note("A directory could not be read to the end, so " + pending.size() + " values were not "
                        + "cleared; the next full sync that reads every directory clears them.");
            }
            return List.of();
        }
        if (entriesRead == 0) {
            report.note("The directories returned no entries, so nothing was cleared. Check the base DN, the user "
                    + "filter and the bind account's read rights.");
            return List.of();
        }
        if (belowThreshold(entriesRead, state.lastFullEntryCount(), settings.safetyThresholdPercent())) {
            report.note("The directories returned " + entriesRead + " entries, fewer than "
                    + settings.safetyThresholdPercent() + "% of the " + state.lastFullEntryCount()
                    + " the last full sync read, so " + pending.size() + " values were not cleared. If the directory "
                    + "really shrank, lower the safety threshold (safetyThresholdPercent) and run again.");
            return List.of();
        }
        if (pending.isEmpty()) {
            return pending;
        }
        Set<String> withheldFields = fieldsMissingEverywhere(pending, usersProcessed, differ, report);
        List<PendingClear> allowed = new ArrayList<>(pending.size());
        for (PendingClear clear : pending) {
            if (!withheldFields.contains(clear.field())) {
                allowed.add(clear);
            }
        }
        return allowed;
    }

    static boolean belowThreshold(long entriesRead, long lastCount, int thresholdPercent) {
        return thresholdPercent > 0 && lastCount > 0 && entriesRead * 100 < lastCount * thresholdPercent;
    }

    private static Set<String> fieldsMissingEverywhere(List<PendingClear> pending, long usersProcessed,
                                                       ProfileDiffer differ, ReportBuilder report) {
        Map<String, Long> clearsByField = new LinkedHashMap<>();
        pending.forEach(clear -> clearsByField.merge(clear.field(), 1L, Long::sum));
        Set<String> withheld = new HashSet<>();
        clearsByField.forEach((field, count) -> {
            if (usersProcessed >= MIN_ENTRIES_FOR_FIELD_CHECK && differ.presentCount(field) == 0) {
                withheld.add(field);
                report.note("No entry had a value for field '" + field + "', so its " + count + " stored values were "
                        + "not cleared. Check the field's LDAP attribute and the bind account's read rights.");
            }
        });
        return withheld;
    }
}
