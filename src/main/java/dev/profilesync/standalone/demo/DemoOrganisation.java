package dev.profilesync.standalone.demo;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A generated company of inetOrgPerson entries that looks like a real one: names (some beyond ASCII), uid, mail,
 * job titles by level, a department per branch of the org chart, phone numbers by office, mobiles, employee numbers,
 * a manager DN per person forming one tree under the CEO, and a description of one or two values. The same size and
 * seed always give the same people, so a demo run again over the same data folder finds nothing changed.
 */
public final class DemoOrganisation {
    /** Everyone but the CEO has a manager; each manager has up to this many reports. */
    static final int REPORTS_PER_MANAGER = 7;

    private static final String[] GIVEN = {"Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Grace", "Hannah",
        "Ivan", "Julia", "Karim", "Laura", "Mateo", "Nina", "Oliver", "Paula", "Quentin", "Rosa", "Sven", "Tara",
        "Umar", "Vera", "William", "Xiao", "Yusuf", "Zoë", "Łukasz", "Søren", "Aiko", "José", "Priya", "Noah",
        "Mia", "Leon", "Sofia", "Elif", "Mohammed", "Olga", "Kofi", "Ines"};
    private static final String[] SURNAMES = {"Schmidt", "Müller", "García", "Nguyễn", "Smith", "Johnson",
        "Kowalski", "Rossi", "Dubois", "Tanaka", "Novak", "Jensen", "O'Brien", "Silva", "Yılmaz", "Kim", "Patel",
        "Ivanova", "Andersson", "Fischer", "Martin", "Brown", "Wójcik", "López", "Nakamura", "Hughes", "Okafor", "Bianchi",
        "Larsen", "Schneider", "Horvat", "Costa", "Chen", "Khan", "Weber", "Moreau", "Clarke", "Dąbrowski",
        "Petrov", "Haddad"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Human Resources",
        "Legal", "Operations"};
    private static final String[][] ROLES = {
        {"Software Engineer", "Senior Software Engineer", "QA Engineer", "Site Reliability Engineer", "Architect"},
        {"Account Executive", "Sales Engineer", "Sales Development Representative", "Key Account Manager"},
        {"Content Strategist", "Product Marketing Manager", "Designer", "Marketing Analyst"},
        {"Accountant", "Financial Analyst", "Controller", "Payroll Specialist"},
        {"Recruiter", "HR Business Partner", "People Operations Specialist"},
        {"Counsel", "Paralegal", "Compliance Officer"},
        {"Operations Analyst", "Facilities Coordinator", "IT Support Specialist", "Buyer"}};
    private static final String[][] OFFICES = {{"Berlin", "+49 30"}, {"München", "+49 89"}, {"London", "+44 20"},
        {"Paris", "+33 1"}, {"New York", "+1 212"}, {"San Francisco", "+1 415"}, {"Sydney", "+61 2"},
        {"Tokyo", "+81 3"}, {"Warszawa", "+48 22"}, {"São Paulo", "+55 11"}};
    private static final String[] LANGUAGES = {"English", "German", "French", "Spanish", "Japanese", "Polish",
        "Portuguese", "Turkish", "Mandarin", "Arabic"};

    private final String peopleDn;
    private final int size;
    private final long seed;
    private final boolean withEntryUuid;
    private List<String> usernames;

    /**
     * @param peopleDn      the container the entries go in, e.g. {@code ou=people,dc=example,dc=com}
     * @param size          how many people
     * @param seed          the same seed gives the same people
     * @param withEntryUuid give each entry a fixed entryUUID derived from its DN (an in-memory server keeps it; a real
     *                      server generates its own and refuses one in an add)
     */
    public DemoOrganisation(String peopleDn, int size, long seed, boolean withEntryUuid) {
        this.peopleDn = peopleDn;
        this.size = size;
        this.seed = seed;
        this.withEntryUuid = withEntryUuid;
    }

    /** The entry of the container (an organizationalUnit) the people live in. */
    public Entry container() {
        String ou = peopleDn.substring(peopleDn.indexOf('=') + 1, peopleDn.indexOf(','));
        return new Entry(peopleDn, new Attribute("objectClass", "top", "organizationalUnit"), new Attribute("ou", ou));
    }

    /** The people, managers before their reports; for small companies (see {@link #forEachPerson}). */
    public List<Entry> people() {
        List<Entry> people = new ArrayList<>(size);
        forEachPerson(people::add);
        return people;
    }

    /**
     * Generates the people one at a time, managers before their reports, without keeping them: a large company is
     * loaded without holding all its entries in memory. Every call gives the same people.
     */
    public void forEachPerson(Consumer<Entry> sink) {
        usernames = generate(sink);
    }

    /** Usernames (uid) in the order people are generated. */
    public List<String> usernames() {
        if (usernames == null) {
            forEachPerson(person -> { });
        }
        return usernames;
    }

    public String dnOf(String username) {
        return "uid=" + username + "," + peopleDn;
    }

    private List<String> generate(Consumer<Entry> sink) {
        List<String> names = new ArrayList<>(size);
        Random random = new Random(seed);
        int[] depth = new int[size];
        int[] department = new int[size];
        Map<String, Integer> taken = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int manager = i == 0 ? -1 : (i - 1) / REPORTS_PER_MANAGER;
            depth[i] = manager < 0 ? 0 : depth[manager] + 1;
            department[i] = depth[i] <= 1 ? Math.max(0, i - 1) % DEPARTMENTS.length : department[manager];
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String base = ascii(given.substring(0, 1) + surname);
            int seen = taken.merge(base, 1, Integer::sum);
            String uid = seen == 1 ? base : base + seen;
            names.add(uid);
            sink.accept(person(i, uid, given, surname, depth[i], department[i],
                    manager < 0 ? null : dnOf(names.get(manager)), random));
        }
        return List.copyOf(names);
    }

    private Entry person(int index, String uid, String given, String surname, int depth, int department,
                         String managerDn, Random random) {
        String[] office = OFFICES[random.nextInt(OFFICES.length)];
        Entry entry = new Entry(dnOf(uid));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", given + " " + surname);
        entry.addAttribute("givenName", given);
        entry.addAttribute("sn", surname);
        entry.addAttribute("displayName", given + " " + surname);
        entry.addAttribute("mail", uid + "@example.com");
        entry.addAttribute("title", title(depth, department, random));
        entry.addAttribute("ou", depth == 0 ? "Executive Office" : DEPARTMENTS[department]);
        entry.addAttribute("telephoneNumber", office[1] + " " + digits(random, 7));
        entry.addAttribute("mobile", "+49 15" + random.nextInt(10) + " " + digits(random, 8));
        entry.addAttribute("l", office[0]);
        entry.addAttribute("employeeNumber", String.format(Locale.ROOT, "E%06d", index + 1));
        if (managerDn != null) {
            entry.addAttribute("manager", managerDn);
        }
        List<String> description = new ArrayList<>(2);
        description.add("Based in " + office[0] + " since " + (2005 + random.nextInt(20)) + ".");
        if (random.nextBoolean()) {
            description.add("Speaks " + LANGUAGES[random.nextInt(LANGUAGES.length)] + " and English.");
        }
        entry.addAttribute("description", description);
        if (withEntryUuid) {
            entry.addAttribute("entryUUID",
                    UUID.nameUUIDFromBytes(entry.getDN().getBytes(StandardCharsets.UTF_8)).toString());
        }
        return entry;
    }

    private static String title(int depth, int department, Random random) {
        return switch (depth) {
            case 0 -> "Chief Executive Officer";
            case 1 -> "Vice President, " + DEPARTMENTS[department];
            case 2 -> "Director, " + DEPARTMENTS[department];
            case 3 -> "Senior Manager";
            case 4 -> "Team Lead";
            default -> ROLES[department][random.nextInt(ROLES[department].length)];
        };
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /** The name as lower-case ASCII letters, for uid and mail (mail is IA5 text). */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
                .replace("ı", "i");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
