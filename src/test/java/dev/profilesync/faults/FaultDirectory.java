package dev.profilesync.faults;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.ldap.LdapDirectoryConfig;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fault tests' people in the integration slapd: {@code uid=faultNNNN} under their own {@code ou=faults}, so the
 * shared seed under ou=people stays as other tests expect it. Written once through the admin bind and reused while
 * the server runs (the data never changes). Every tenth person has no telephone number, so a full sync has values
 * to clear. Needs -Dprofilesync.slapd.* (see docs/testing.md).
 */
public final class FaultDirectory {
    public static final String OU = "faults";
    public static final int PAGE_SIZE = 500;
    /** People in the fault tests' directory: 5,000, or more for the long runs (a multiple of 500, see docs/testing.md). */
    public static final int USERS = Integer.getInteger("profilesync.faults.users", 5_000);

    public static final String STALE = "stale";

    private final int users;

    private FaultDirectory(int users) {
        this.users = users;
    }

    public static boolean available() {
        return System.getProperty("profilesync.slapd.url") != null
                && System.getProperty("profilesync.slapd.adminDn") != null;
    }

    /** Makes sure slapd holds exactly {@link #USERS} people under ou=faults. */
    public static FaultDirectory seeded() throws LDAPException {
        return seeded(USERS);
    }

    /** Makes sure slapd holds exactly these {@code users} people under ou=faults. */
    public static FaultDirectory seeded(int users) throws LDAPException {
        URI url = URI.create(System.getProperty("profilesync.slapd.url"));
        try (LDAPConnection admin = new LDAPConnection(url.getHost(), url.getPort(),
                System.getProperty("profilesync.slapd.adminDn"), System.getProperty("profilesync.slapd.adminPassword"))) {
            String base = "ou=" + OU + "," + baseDn();
            if (count(admin, base) != users) {
                reset(admin, base);
                for (int i = 0; i < users; i++) {
                    admin.add(person(i, base));
                }
            }
        }
        return new FaultDirectory(users);
    }

    public int users() {
        return users;
    }

    public static String username(int i) {
        return String.format("fault%04d", i);
    }

    public static String title(int i) {
        return "Title " + i;
    }

    public static String department(int i) {
        return "Department " + (i % 20);
    }

    public static Optional<String> phone(int i) {
        return i % 10 == 0 ? Optional.empty() : Optional.of("+1 555 " + i);
    }

    /** title, department and phone; phone is cleared when the attribute is missing. */
    public static List<FieldDefinition> fields() {
        return List.of(FieldDefinition.text("title", "Title", "title"),
                FieldDefinition.text("department", "Department", "departmentNumber"),
                FieldDefinition.text("phone", "Phone", "telephoneNumber"));
    }

    /** An earlier sync's values, all "stale", for every person: what a run must either keep whole or replace. */
    public static List<ProfileUpdate> staleProfiles(int users) {
        return IntStream.range(0, users).mapToObj(i -> new ProfileUpdate(username(i), username(i), "",
                Map.of("title", STALE, "department", STALE, "phone", STALE), Set.of())).toList();
    }

    public static boolean isStale(StoredProfile stored) {
        return stored.values().equals(Map.of("title", STALE, "department", STALE, "phone", STALE));
    }

    /** Synced from the directory, except that a phone the directory lacks is still the stale one: nothing cleared. */
    public static boolean isSyncedWithoutClears(StoredProfile stored, int i) {
        return stored.values().equals(Map.of("title", title(i), "department", department(i), "phone",
                phone(i).orElse(STALE)));
    }

    /** What a complete sync stores for person {@code i}. */
    public static Map<String, String> directoryValues(int i) {
        Map<String, String> values = new HashMap<>(Map.of("title", title(i), "department", department(i)));
        phone(i).ifPresent(phone -> values.put("phone", phone));
        return values;
    }

    /** The reader's view of ou=faults through {@code url} (a proxy), paged by 500, with a short read timeout. */
    public static LdapDirectoryConfig config(String url, Duration readTimeout) {
        return config(url, readTimeout, "(objectClass=inetOrgPerson)");
    }

    /** As {@link #config(String, Duration)}, reading only the people {@code userFilter} selects. */
    public static LdapDirectoryConfig config(String url, Duration readTimeout, String userFilter) {
        return new LdapDirectoryConfig("faults", "Fault directory", url, LdapDirectoryConfig.Security.NONE,
                System.getProperty("profilesync.slapd.bindDn"), System.getProperty("profilesync.slapd.password"),
                baseDn(), "ou=" + OU, userFilter, "uid", "entryUUID", "modifyTimestamp", true,
                PAGE_SIZE, false, Duration.ofSeconds(2), readTimeout);
    }

    private static String baseDn() {
        return System.getProperty("profilesync.slapd.baseDn");
    }

    private static int count(LDAPConnection admin, String base) throws LDAPException {
        try {
            return admin.search(new SearchRequest(base, SearchScope.ONE, "(objectClass=inetOrgPerson)", "1.1"))
                    .getEntryCount();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return -1;
            }
            throw e;
        }
    }

    private static void reset(LDAPConnection admin, String base) throws LDAPException {
        if (count(admin, base) < 0) {
            admin.add(new Entry(base, new Attribute("objectClass", "organizationalUnit"), new Attribute("ou", OU)));
            return;
        }
        for (var entry : admin.search(new SearchRequest(base, SearchScope.ONE, "(objectClass=*)", "1.1"))
                .getSearchEntries()) {
            admin.delete(entry.getDN());
        }
    }

    private static Entry person(int i, String base) {
        List<Attribute> attributes = new ArrayList<>(List.of(
                new Attribute("objectClass", "inetOrgPerson"),
                new Attribute("uid", username(i)),
                new Attribute("cn", "Fault Person " + i),
                new Attribute("sn", "Person " + i),
                new Attribute("title", title(i)),
                new Attribute("departmentNumber", department(i))));
        phone(i).ifPresent(phone -> attributes.add(new Attribute("telephoneNumber", phone)));
        return new Entry("uid=" + username(i) + "," + base, attributes);
    }
}
