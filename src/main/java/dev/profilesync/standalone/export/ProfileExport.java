package dev.profilesync.standalone.export;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.core.port.ProfileStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the stored profiles of active users, for export. */
public final class ProfileExport {
    /** Case-insensitive first, so "anna" and "Ben" sort as people expect; exact order breaks ties. */
    static final Comparator<ExportRow> BY_USERNAME = Comparator.comparing(ExportRow::username,
            String.CASE_INSENSITIVE_ORDER).thenComparing(ExportRow::username);

    private ProfileExport() {
    }

    /** Every stored profile whose user is active under the policy, sorted by username, fields in definition order. */
    public static List<ExportRow> activeRows(ProfileStore profiles, HostUsers users, ActiveUserPolicy policy,
                                             List<FieldDefinition> fields) {
        List<ExportRow> rows = new ArrayList<>();
        profiles.forEach(profile -> {
            Optional<HostUser> user = profile.username().isEmpty() ? Optional.empty()
                    : users.byUsername(profile.username());
            if (user.isEmpty() || !policy.isActive(user.get())) {
                return;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (FieldDefinition field : fields) {
                String value = profile.values().get(field.key());
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
            rows.add(new ExportRow(profile.username(), values));
        });
        rows.sort(BY_USERNAME);
        return rows;
    }
}
