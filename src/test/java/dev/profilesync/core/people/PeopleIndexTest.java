package dev.profilesync.core.people;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.WhenMissing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleIndexTest {
    static final List<FieldDefinition> FIELDS = List.of(
            FieldDefinition.text("department", "Department", "ou"),
            FieldDefinition.text("location", "Location", "l"),
            FieldDefinition.text("title", "Title", "title"),
            new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(), "manager", true, WhenMissing.CLEAR,
                    MultiValue.FIRST, "", true));

    static Person person(String username, String name, String department, String location, String manager) {
        return new Person(username, username, name, Map.of("department", department, "location", location,
                "title", "Engineer", "manager", manager), true);
    }

    private final PeopleIndex index = PeopleIndex.of(FIELDS, List.of(
            person("zoe", "Zoë Adams", "Sales", "Zürich", "ceo"),
            person("bob", "Bob Brown", "Sales", "Berlin", "ceo"),
            person("cat", "Cat Cole", "Engineering", "Berlin", "bob"),
            person("ceo", "Ann Boss", "Board", "Berlin", ""),
            new Person("hid", "hid", "Hidden Person", Map.of("department", "Sales"), false)));

    @Test
    void searchIsPrefixCaseAndAccentInsensitive() {
        assertThat(usernames(search("zur"))).containsExactly("zoe");
        assertThat(usernames(search("ZOE ad"))).containsExactly("zoe");
        assertThat(usernames(search("urich"))).isEmpty();
    }

    @Test
    void filtersAreAndedAndIgnoreCase() {
        PeopleQuery query = new PeopleQuery("", Map.of("department", "sales", "location", "Berlin"), Optional.empty(),
                "name", 0, 50);
        assertThat(usernames(index.search(query))).containsExactly("bob");
    }

    @Test
    void unlistedPeopleNeverMatch() {
        assertThat(usernames(search("hidden"))).isEmpty();
        assertThat(index.listedCount()).isEqualTo(4);
        assertThat(index.filterChoices("department")).extracting(PeopleIndex.FilterChoice::value)
                .containsExactly("Board", "Engineering", "Sales");
        assertThat(index.filterChoices("department")).filteredOn(c -> c.value().equals("Sales"))
                .extracting(PeopleIndex.FilterChoice::count).containsExactly(2);
    }

    @Test
    void sortsByNameOrByFieldWithPaging() {
        assertThat(usernames(search(""))).containsExactly("ceo", "bob", "cat", "zoe");
        PeopleQuery byLocation = new PeopleQuery("", Map.of(), Optional.empty(), "location", 1, 2);
        PeoplePage page = index.search(byLocation);
        assertThat(page.total()).isEqualTo(4);
        assertThat(usernames(page)).containsExactly("bob", "cat");
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void membersRestrictTheList() {
        PeopleQuery query = new PeopleQuery("", Map.of(), Optional.of(Set.of("CAT", "zoe", "nobody")), "name", 0, 50);
        assertThat(usernames(index.search(query))).containsExactly("cat", "zoe");
    }

    @Test
    void orgChartShowsChainPeersAndReports() {
        OrgChart chart = index.orgChart("cat").orElseThrow();
        assertThat(chart.managers()).extracting(Person::username).containsExactly("bob", "ceo");
        assertThat(chart.chainEnd()).isEqualTo(OrgChart.ChainEnd.TOP);
        assertThat(chart.peers()).isEmpty();
        OrgChart ceo = index.orgChart("ceo").orElseThrow();
        assertThat(ceo.reports()).extracting(Person::username).containsExactly("bob", "zoe");
        assertThat(index.orgChart("bob").orElseThrow().peers()).extracting(Person::username).containsExactly("zoe");
    }

    @Test
    void aManagerCycleEndsTheChainAndSaysSo() {
        PeopleIndex looped = PeopleIndex.of(FIELDS, List.of(person("a", "A", "X", "Y", "b"),
                person("b", "B", "X", "Y", "a")));
        OrgChart chart = looped.orgChart("a").orElseThrow();
        assertThat(chart.managers()).extracting(Person::username).containsExactly("b");
        assertThat(chart.chainEnd()).isEqualTo(OrgChart.ChainEnd.CYCLE);
        assertThat(looped.orgChart("b").orElseThrow().reports()).extracting(Person::username).containsExactly("a");
    }

    @Test
    void aSelfManagedPersonIsACycleOfOne() {
        PeopleIndex self = PeopleIndex.of(FIELDS, List.of(person("a", "A", "X", "Y", "a")));
        assertThat(self.orgChart("a").orElseThrow().chainEnd()).isEqualTo(OrgChart.ChainEnd.CYCLE);
    }

    @Test
    void aMissingManagerIsNamed() {
        PeopleIndex missing = PeopleIndex.of(FIELDS, List.of(person("a", "A", "X", "Y", "gone")));
        OrgChart chart = missing.orgChart("a").orElseThrow();
        assertThat(chart.chainEnd()).isEqualTo(OrgChart.ChainEnd.MISSING);
        assertThat(chart.missingManager()).contains("gone");
    }

    @Test
    void reportsCollapseBeyondFifty() {
        List<Person> people = new ArrayList<>(List.of(person("boss", "Boss", "X", "Y", "")));
        for (int i = 0; i < 70; i++) {
            people.add(person("p" + i, "Person " + i, "X", "Y", "boss"));
        }
        OrgChart chart = PeopleIndex.of(FIELDS, people).orgChart("boss").orElseThrow();
        assertThat(chart.reports()).hasSize(OrgChart.SHOWN);
        assertThat(chart.reportCount()).isEqualTo(70);
    }

    @Test
    void unlistedPeopleHaveNoChartButAppearAsManagers() {
        PeopleIndex withHiddenBoss = PeopleIndex.of(FIELDS, List.of(person("a", "A", "X", "Y", "boss"),
                new Person("boss", "boss", "The Boss", Map.of(), false)));
        assertThat(withHiddenBoss.orgChart("boss")).isEmpty();
        OrgChart chart = withHiddenBoss.orgChart("a").orElseThrow();
        assertThat(chart.managers()).extracting(Person::listed).containsExactly(false);
    }

    private PeoplePage search(String text) {
        return index.search(new PeopleQuery(text, Map.of(), Optional.empty(), "name", 0, 50));
    }

    private static List<String> usernames(PeoplePage page) {
        return page.people().stream().map(Person::username).toList();
    }
}
