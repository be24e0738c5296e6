package dev.profilesync.people;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.HostUser;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.port.HostUsers;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;
import dev.profilesync.web.HostileValues;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A small organisation for the read side's tests, stored in a real database (Active Objects on in-memory HSQLDB):
 * a CEO, two departments of 60 people in Berlin and Zürich, and the awkward cases: an unlicensed manager, a
 * deactivated and a hidden user, a manager cycle, a dangling manager, and a person whose values are the hostile
 * corpus. Host users come from a map, as Confluence's would. Close it after use.
 */
public final class PeopleFixture implements AutoCloseable {
    /** Values a directory may hold that must render inert. */
    public static final List<String> HOSTILE = List.of(
            "<script>alert('script')</script>",
            "\"><img src=x onerror=alert('img')>",
            "javascript:alert('url')",
            "<svg onload=alert('svg')></svg>",
            "\u202Egnp.exe\u202C right-to-left",
            "zero\u200Bwidth\u200Djoiner",
            "x".repeat(3_990) + "<b>long</b>");
    public static final String HOSTILE_USER = "mallory";
    public static final String UNLICENSED_MANAGER = "umanager";
    public static final String DEACTIVATED = "gone";
    public static final String HIDDEN = "ghost";
    public static final int PER_DEPARTMENT = 60;

    public static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.text("department", "Department", "ou"),
            FieldDefinition.text("location", "Location", "l"),
            FieldDefinition.text("title", "Title", "title"),
            FieldDefinition.text("phone", "Phone", "telephoneNumber"),
            FieldDefinition.text("email", "Email", "mail"),
            FieldDefinition.text("website", "Website", "wWWHomePage"),
            new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true, WhenMissing.CLEAR,
                    MultiValue.FIRST, "", true),
            new FieldDefinition("about", "About", FieldType.MULTILINE, List.of(), "description", true,
                    WhenMissing.CLEAR, MultiValue.JOINED, "", false));

    private final AoStores stores;
    private final Map<String, HostUser> hostUsers = new LinkedHashMap<>();
    private final PeopleDirectory directory;

    public PeopleFixture() {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("people-" + UUID.randomUUID()));
        stores.settings().saveFields(FIELDS);
        List<ProfileUpdate> profiles = new ArrayList<>();
        add(profiles, "ceo", "Clara Chief", Map.of("department", "Board", "location", "Berlin", "title", "CEO"), true);
        add(profiles, UNLICENSED_MANAGER, "Uma Unlicensed", Map.of("department", "Sales", "location", "Zürich",
                "title", "Sales Director", "manager", "ceo"), false);
        add(profiles, "emanager", "Emil Engineer", Map.of("department", "Engineering", "location", "Berlin",
                "title", "Engineering Director", "manager", "ceo"), true);
        for (int i = 1; i <= PER_DEPARTMENT; i++) {
            add(profiles, String.format(Locale.ROOT, "sales%02d", i), "Sam Seller " + i, Map.of("department", "Sales",
                    "location", "Zürich", "title", "Account Manager", "phone", "+41 44 555 " + (1000 + i),
                    "email", "sales" + i + "@example.com", "manager", UNLICENSED_MANAGER), true);
            add(profiles, String.format(Locale.ROOT, "eng%02d", i), "Erin Builder " + i, Map.of("department",
                    "Engineering", "location", "Berlin", "title", "Engineer", "website", "https://example.com/eng" + i,
                    "manager", "emanager"), true);
        }
        add(profiles, "loopa", "Lou Loop", Map.of("department", "Legal", "location", "Berlin", "manager", "loopb"), true);
        add(profiles, "loopb", "Lee Loop", Map.of("department", "Legal", "location", "Berlin", "manager", "loopa"), true);
        add(profiles, "orphan", "Olga Orphan", Map.of("department", "Legal", "location", "Berlin",
                "manager", "left-the-company"), true);
        Map<String, String> hostile = new LinkedHashMap<>();
        String[] keys = {"department", "location", "title", "phone", "email", "website", "about"};
        for (int i = 0; i < keys.length; i++) {
            hostile.put(keys[i], HOSTILE.get(i % HOSTILE.size()));
        }
        hostile.put("manager", "ceo");
        add(profiles, HOSTILE_USER, HOSTILE.get(0), hostile, true);
        List<HostileValues.Value> corpus = HostileValues.all();
        for (int i = 0; i < corpus.size(); i++) {
            String text = corpus.get(i).text();
            add(profiles, corpusUser(i), text, Map.of("department", text, "title", text, "about", text,
                    "location", "Corpus", "manager", "ceo"), true);
        }
        stores.profiles().write(profiles);
        hostUsers.put(DEACTIVATED, new HostUser(DEACTIVATED, DEACTIVATED, true, false, true, Optional.empty(),
                "Gina Gone"));
        hostUsers.put(HIDDEN, new HostUser(HIDDEN, HIDDEN, false, true, true, Optional.empty(), "Gus Ghost"));
        directory = new PeopleDirectory(stores.profiles(), stores.settings(), hostUsers(), Clock.systemUTC());
    }

    private void add(List<ProfileUpdate> profiles, String username, String fullName, Map<String, String> values,
                     boolean licensed) {
        profiles.add(new ProfileUpdate(username, username, "uuid-" + username, values, Set.of()));
        hostUsers.put(username, new HostUser(username, username, false, false, licensed, Optional.empty(), fullName));
    }

    /** The user whose name and values are the shared corpus's value {@code index} (src/test/resources). */
    public static String corpusUser(int index) {
        return String.format(Locale.ROOT, "corpus%02d", index);
    }

    /** The host's users, Confluence-like: listed up front, with full names and flags. */
    public HostUsers hostUsers() {
        return new HostUsers() {
            @Override
            public List<HostUser> all() {
                return List.copyOf(hostUsers.values());
            }

            @Override
            public Optional<HostUser> byUsername(String username) {
                return Optional.ofNullable(hostUsers.get(username.toLowerCase(Locale.ROOT)));
            }
        };
    }

    public PeopleDirectory directory() {
        return directory;
    }

    public AoStores stores() {
        return stores;
    }

    /** Sets both policies and reads the directory again. */
    public void policies(ActiveUserPolicy active, UnlicensedUserPolicy unlicensed) {
        SyncSettings settings = stores.settings().settings();
        stores.settings().saveSettings(settings.withActiveUserPolicy(active).withUnlicensedPolicy(unlicensed));
        directory.refresh();
    }

    @Override
    public void close() {
        directory.close();
        stores.close();
    }
}
