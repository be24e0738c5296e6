package dev.profilesync.core.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.ValueFormat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A snapshot of everyone readers may see, arranged for the People Directory, the Profile List and org charts:
 * people in name order, a folded word list per listed person for search, value postings for the filters and the
 * reports of each manager. Built once from the stores (see {@link PeopleDirectory}), then only read: immutable and
 * thread-safe; the sort order of a field is computed on first use and kept.
 */
public final class PeopleIndex {
    /** A field offers its values as filter choices while it has at most this many distinct values. */
    static final int MAX_FILTER_CHOICES = 500;
    private static final int MAX_CHAIN = 1_000;

    private final List<FieldDefinition> fields;
    private final Optional<String> managerField;
    private final Person[] people;
    private final Map<String, Integer> byUsername;
    private final BitSet listed;
    private final String[] searchWords;
    private final Map<String, Map<String, int[]>> postings;
    private final Map<String, List<FilterChoice>> choices;
    private final Map<String, int[]> reports;
    private final Map<String, int[]> sortRanks = new ConcurrentHashMap<>();
    private final boolean reading;

    /** One value a filter offers, with how many listed people have it. */
    public record FilterChoice(String value, int count) {
    }

    private PeopleIndex(List<FieldDefinition> fields, Person[] people, boolean reading) {
        this.reading = reading;
        this.fields = List.copyOf(fields);
        this.managerField = managerFieldOf(fields);
        this.people = people;
        this.byUsername = new HashMap<>(people.length * 2);
        this.listed = new BitSet(people.length);
        this.searchWords = new String[people.length];
        for (int i = 0; i < people.length; i++) {
            byUsername.putIfAbsent(people[i].username().toLowerCase(Locale.ROOT), i);
            if (people[i].listed()) {
                listed.set(i);
                searchWords[i] = searchWordsOf(people[i]);
            }
        }
        this.postings = new HashMap<>();
        this.choices = new HashMap<>();
        for (FieldDefinition field : fields) {
            if (isFilterable(field)) {
                indexChoices(field.key());
            }
        }
        this.reports = managerField.map(this::reportsBy).orElse(Map.of());
    }

    /** Arranges these people (listed or not) for reading; fields in display order. */
    public static PeopleIndex of(List<FieldDefinition> fields, List<Person> people) {
        record Keyed(String name, String username, Person person) {
        }
        // Fold each name once, not on every comparison.
        Keyed[] keyed = people.stream().map(p -> new Keyed(TextFold.fold(p.fullName()),
                p.username().toLowerCase(Locale.ROOT), p)).toArray(Keyed[]::new);
        Arrays.sort(keyed, Comparator.comparing(Keyed::name).thenComparing(Keyed::username));
        return new PeopleIndex(fields, Arrays.stream(keyed).map(Keyed::person).toArray(Person[]::new), false);
    }

    /** Nobody yet: the stores are still being read for the first time (see {@link PeopleDirectory#index()}). */
    static PeopleIndex reading() {
        return new PeopleIndex(List.of(), new Person[0], true);
    }

    /** True while the first read of the stores is still going on: say so rather than "nobody is listed". */
    public boolean isReading() {
        return reading;
    }

    public List<FieldDefinition> fields() {
        return fields;
    }

    /** The field whose values name a person's manager: {@code manager} if it names people, else the first that does. */
    public Optional<String> managerField() {
        return managerField;
    }

    /** How many people are listed. */
    public int listedCount() {
        return listed.cardinality();
    }

    /** Anyone known by this username (case ignored), listed or not. */
    public Optional<Person> person(String username) {
        Integer index = username == null ? null : byUsername.get(username.strip().toLowerCase(Locale.ROOT));
        return index == null ? Optional.empty() : Optional.of(people[index]);
    }

    /** The values a field's filter offers, most common first, or empty when the field has too many or is not searchable. */
    public List<FilterChoice> filterChoices(String fieldKey) {
        return choices.getOrDefault(fieldKey, List.of());
    }

    /** The listed people matching the query, in its order. */
    public PeoplePage search(PeopleQuery query) {
        BitSet candidates = (BitSet) listed.clone();
        query.members().ifPresent(members -> keepMembers(candidates, members));
        query.filters().forEach((field, value) -> keepFiltered(candidates, field, value));
        List<String> terms = terms(query.text());
        int[] matches = candidates.stream().filter(i -> containsAll(searchWords[i], terms)).toArray();
        if (!query.sortBy().equals(PeopleQuery.SORT_BY_NAME)) {
            matches = sortedByField(matches, query.sortBy());
        }
        int from = Math.min(query.offset(), matches.length);
        int to = (int) Math.min((long) from + query.limit(), matches.length);
        List<Person> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            page.add(people[matches[i]]);
        }
        return new PeoplePage(matches.length, from, page);
    }

    /** The org chart of a listed person; empty for anyone the policies do not list. */
    public Optional<OrgChart> orgChart(String username) {
        Optional<Person> found = person(username).filter(Person::listed);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person person = found.get();
        List<Person> managers = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(key(person.username())));
        OrgChart.ChainEnd end = OrgChart.ChainEnd.TOP;
        Optional<String> missing = Optional.empty();
        Person current = person;
        while (managerField.isPresent() && managers.size() < MAX_CHAIN) {
            String managerName = current.value(managerField.get()).strip();
            if (managerName.isEmpty()) {
                break;
            }
            Optional<Person> manager = person(managerName);
            if (manager.isEmpty()) {
                end = OrgChart.ChainEnd.MISSING;
                missing = Optional.of(managerName);
                break;
            }
            if (!seen.add(key(manager.get().username()))) {
                end = OrgChart.ChainEnd.CYCLE;
                break;
            }
            managers.add(manager.get());
            current = manager.get();
        }
        int[] peers = managers.isEmpty() ? new int[0]
                : Arrays.stream(reportsOf(managers.get(0).username()))
                        .filter(i -> !key(people[i].username()).equals(key(person.username()))).toArray();
        int[] direct = reportsOf(person.username());
        return Optional.of(new OrgChart(person, managers, end, missing, firstShown(peers), peers.length,
                firstShown(direct), direct.length));
    }

    private int[] reportsOf(String username) {
        return reports.getOrDefault(key(username), new int[0]);
    }

    private List<Person> firstShown(int[] indexes) {
        List<Person> shown = new ArrayList<>();
        for (int i = 0; i < indexes.length && i < OrgChart.SHOWN; i++) {
            shown.add(people[indexes[i]]);
        }
        return shown;
    }

    private void keepMembers(BitSet candidates, Set<String> members) {
        BitSet wanted = new BitSet(people.length);
        for (String member : members) {
            Integer index = byUsername.get(key(member));
            if (index != null) {
                wanted.set(index);
            }
        }
        candidates.and(wanted);
    }

    private void keepFiltered(BitSet candidates, String field, String value) {
        String folded = TextFold.fold(value.strip());
        Map<String, int[]> byValue = postings.get(field);
        if (byValue != null) {
            BitSet wanted = new BitSet(people.length);
            for (int i : byValue.getOrDefault(folded, new int[0])) {
                wanted.set(i);
            }
            candidates.and(wanted);
            return;
        }
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (!TextFold.fold(people[i].value(field).strip()).equals(folded)) {
                candidates.clear(i);
            }
        }
    }

    private int[] sortedByField(int[] matches, String field) {
        int[] rank = sortRanks.computeIfAbsent(field, this::ranksBy);
        return Arrays.stream(matches).boxed().sorted(Comparator.comparingInt(i -> rank[i]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Each person's place when sorted by the field's folded value, then by name; people without a value last. */
    private int[] ranksBy(String field) {
        Integer[] order = new Integer[people.length];
        String[] folded = new String[people.length];
        for (int i = 0; i < people.length; i++) {
            order[i] = i;
            folded[i] = TextFold.fold(people[i].value(field));
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> folded[i].isEmpty())
                .thenComparing(i -> folded[i]).thenComparingInt(i -> i));
        int[] rank = new int[people.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private String searchWordsOf(Person person) {
        StringBuilder text = new StringBuilder(person.fullName()).append(' ').append(person.username());
        for (FieldDefinition field : fields) {
            // A manager reference is a username: searching "uma" should find Uma, not everyone who reports to her.
            if (field.display().searchable() && field.format() != ValueFormat.PERSON) {
                text.append(' ').append(person.value(field.key()));
            }
        }
        return TextFold.words(text.toString());
    }

    private static List<String> terms(String text) {
        String words = TextFold.words(text);
        return words.isEmpty() ? List.of() : Arrays.stream(words.substring(1).split(" ")).map(w -> " " + w).toList();
    }

    private static boolean containsAll(String words, List<String> terms) {
        for (String term : terms) {
            if (!words.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFilterable(FieldDefinition field) {
        return field.display().searchable() && field.type() != FieldType.MULTILINE;
    }

    private void indexChoices(String field) {
        Map<String, List<Integer>> byValue = new HashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
            String value = people[i].value(field).strip();
            if (value.isEmpty()) {
                continue;
            }
            String folded = TextFold.fold(value);
            byValue.computeIfAbsent(folded, k -> new ArrayList<>()).add(i);
            spelling.putIfAbsent(folded, value);
            if (byValue.size() > MAX_FILTER_CHOICES) {
                return;
            }
        }
        Map<String, int[]> fieldPostings = new HashMap<>();
        List<FilterChoice> fieldChoices = new ArrayList<>();
        byValue.forEach((folded, indexes) -> {
            fieldPostings.put(folded, indexes.stream().mapToInt(Integer::intValue).toArray());
            fieldChoices.add(new FilterChoice(spelling.get(folded), indexes.size()));
        });
        fieldChoices.sort(Comparator.comparing((FilterChoice c) -> TextFold.fold(c.value())));
        postings.put(field, fieldPostings);
        choices.put(field, List.copyOf(fieldChoices));
    }

    private Map<String, int[]> reportsBy(String field) {
        Map<String, List<Integer>> byManager = new HashMap<>();
        for (int i = listed.nextSetBit(0); i >= 0; i = listed.nextSetBit(i + 1)) {
            String manager = people[i].value(field).strip();
            if (!manager.isEmpty()) {
                byManager.computeIfAbsent(key(manager), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> result = new HashMap<>(byManager.size() * 2);
        byManager.forEach((manager, indexes) -> result.put(manager, indexes.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    private static Optional<String> managerFieldOf(List<FieldDefinition> fields) {
        List<FieldDefinition> people = fields.stream().filter(f -> f.format() == ValueFormat.PERSON).toList();
        return people.stream().filter(f -> f.key().equals("manager")).findFirst()
                .or(() -> people.stream().findFirst()).map(FieldDefinition::key);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
