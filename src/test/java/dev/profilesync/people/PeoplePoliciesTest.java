package dev.profilesync.people;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.core.people.OrgChart;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.core.people.PeopleQuery;
import dev.profilesync.core.people.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.profilesync.people.PeopleFixture.DEACTIVATED;
import static dev.profilesync.people.PeopleFixture.HIDDEN;
import static dev.profilesync.people.PeopleFixture.UNLICENSED_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is listed under each combination of the two policies, read from a real store. */
class PeoplePoliciesTest {
    private static PeopleFixture fixture;
    private final PeopleRenderer renderer = new PeopleRenderer();

    @BeforeAll
    static void store() {
        fixture = new PeopleFixture();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @ParameterizedTest(name = "active {0}, unlicensed {1}")
    @CsvSource({
            "ALL, SHOW, true, true, true",
            "ALL, HIDE, true, true, false",
            "VISIBLE, SHOW, false, false, true",
            "VISIBLE, HIDE, false, false, false"})
    void eachCombinationListsWhomItShould(ActiveUserPolicy active, UnlicensedUserPolicy unlicensed,
                                          boolean deactivatedListed, boolean hiddenListed, boolean unlicensedListed) {
        fixture.policies(active, unlicensed);
        PeopleIndex index = fixture.directory().index();
        List<String> listed = index.search(new PeopleQuery("", Map.of(), Optional.empty(), "name", 0, 1_000))
                .people().stream().map(Person::username).toList();
        assertThat(listed.contains(DEACTIVATED)).as("deactivated listed").isEqualTo(deactivatedListed);
        assertThat(listed.contains(HIDDEN)).as("hidden listed").isEqualTo(hiddenListed);
        assertThat(listed.contains(UNLICENSED_MANAGER)).as("unlicensed listed").isEqualTo(unlicensedListed);
        assertThat(listed).contains("ceo", "sales01", "eng60");

        // The org chart of someone reporting to the unlicensed manager: named, linked only when listed.
        OrgChart chart = index.orgChart("sales01").orElseThrow();
        assertThat(chart.managers()).extracting(Person::username).containsExactly(UNLICENSED_MANAGER, "ceo");
        String html = renderer.orgChart(index, chart, PeopleRendererTest.LINKS);
        assertThat(html).contains("Uma Unlicensed");
        assertThat(html.contains("href=\"/people/" + UNLICENSED_MANAGER + "\"")).isEqualTo(unlicensedListed);
        assertThat(index.orgChart(UNLICENSED_MANAGER).isPresent()).isEqualTo(unlicensedListed);

        // The Profile List and the card of a report say the same.
        String list = renderer.profileList(index, ProfileListParameters.parse(Map.of("filter", "department=Sales"),
                index.fields(), false), index.search(new PeopleQuery("", Map.of("department", "Sales"),
                Optional.empty(), "name", 0, 1_000)), PeopleRendererTest.LINKS);
        assertThat(list.contains("data-username=\"" + UNLICENSED_MANAGER + "\"")).isEqualTo(unlicensedListed);
    }
}
