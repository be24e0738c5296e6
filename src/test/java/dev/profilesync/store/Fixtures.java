package dev.profilesync.store;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncOutcome;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncTrigger;
import dev.profilesync.core.ValueChange;
import dev.profilesync.core.WhenMissing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test data for the store tests. */
final class Fixtures {
    private Fixtures() {
    }

    static ProfileUpdate set(String userKey, Map<String, String> values) {
        return new ProfileUpdate(userKey, "name-" + userKey, "uuid-" + userKey, values, Set.of());
    }

    static ProfileUpdate remove(String userKey, String... fields) {
        return new ProfileUpdate(userKey, "name-" + userKey, "uuid-" + userKey, Map.of(), Set.of(fields));
    }

    /** Users u0000..u(n-1), each with a department and a title. */
    static List<ProfileUpdate> users(int count) {
        List<ProfileUpdate> updates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = String.format("u%04d", i);
            updates.add(set(key, Map.of("department", "dept " + i, "title", "title " + i)));
        }
        return updates;
    }

    static List<FieldDefinition> everyKindOfField() {
        return List.of(
                FieldDefinition.text("department", "Department", "department"),
                new FieldDefinition("about", "About me", FieldType.MULTILINE, List.of(), "description", true,
                        WhenMissing.KEEP, MultiValue.JOINED, "", false),
                new FieldDefinition("office", "Office", FieldType.SELECT, List.of("Berlin", "Zürich, \"HQ\"", "Remote"),
                        "physicalDeliveryOfficeName", false, WhenMissing.CLEAR, MultiValue.FIRST, "", false),
                new FieldDefinition("full-name", "Full name", FieldType.TEXT, List.of(), "", true, WhenMissing.CLEAR,
                        MultiValue.FIRST, "{givenName} {sn}", false),
                new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true, WhenMissing.KEEP,
                        MultiValue.FIRST, "", true),
                FieldDefinition.text("badge", "Badge", "employeeNumber").withDisplay(
                        new dev.profilesync.core.FieldDisplay(false, false, dev.profilesync.core.ValueFormat.URL)),
                new FieldDefinition("photo", "Photo", FieldType.PICTURE, List.of(), "jpegPhoto", true, WhenMissing.CLEAR,
                        MultiValue.FIRST, "", false));
    }

    /** A login sync's report, as the engine records it when the run ends. */
    static SyncReport loginReport(String id, Instant start) {
        return new SyncReport(id, SyncMode.SINGLE_USER, SyncMode.SINGLE_USER, SyncTrigger.LOGIN, false, start,
                Duration.ofMillis(2), SyncOutcome.SUCCESS, 1, 1, 0, 0, 1, Map.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(new ValueChange("jdoe", "title", "Engineer", "Architect")), false);
    }

    static SyncReport report(String id, Instant start) {
        Map<String, SyncReport.DirectoryCounts> directories = new LinkedHashMap<>();
        directories.put("Corporate LDAP", new SyncReport.DirectoryCounts(1200, 1150, 0, 3, ""));
        directories.put("Partners AD", new SyncReport.DirectoryCounts(80, 40, 35, 0, "timed out after 30 s"));
        return new SyncReport(id, SyncMode.INCREMENTAL, SyncMode.FULL, SyncTrigger.SCHEDULED, false, start,
                Duration.ofMillis(83_456).plusNanos(789), SyncOutcome.PARTIAL, 1190, 42, 1100, 3, 97,
                Map.of(SyncReport.SkipReason.INACTIVE, 12L, SyncReport.SkipReason.NOT_IN_DIRECTORY, 33L), directories,
                List.of("the field mappings changed: ran a full sync"), List.of("Partners AD: timed out after 30 s"),
                List.of(new SyncReport.UserProblem("jdoe", "title is longer than 255 characters")),
                List.of(new ValueChange("asmith", "department", "Sales", "Marketing"),
                        new ValueChange("bjones", "title", "Engineer <b>", "")),
                true);
    }
}
