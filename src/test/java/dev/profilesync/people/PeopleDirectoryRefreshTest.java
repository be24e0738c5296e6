package dev.profilesync.people;

import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.people.PeopleIndex;
import dev.profilesync.confluence.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The index follows the store: a write shows after the next check, without anyone waiting for the read. */
class PeopleDirectoryRefreshTest {

    @Test
    void aWriteToTheStoreShowsAfterTheNextCheck() throws Exception {
        MutableClock clock = new MutableClock();
        try (PeopleFixture fixture = new PeopleFixture();
             PeopleDirectory directory = new PeopleDirectory(fixture.stores().profiles(), fixture.stores().settings(),
                     fixture.hostUsers(), clock)) {
            PeopleIndex first = directory.index();
            assertThat(first.person("newbie")).isEmpty();
            fixture.stores().profiles().write(List.of(new ProfileUpdate("newbie", "newbie", "u-newbie",
                    Map.of("department", "Sales"), Set.of())));

            assertThat(directory.index()).as("checks at most every " + PeopleDirectory.CHECK_EVERY).isSameAs(first);
            clock.advance(PeopleDirectory.CHECK_EVERY.plusSeconds(1));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (directory.index().person("newbie").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(directory.index().person("newbie")).isPresent();
        }
    }

    @Test
    void anUnchangedStoreKeepsItsIndex() throws Exception {
        MutableClock clock = new MutableClock();
        try (PeopleFixture fixture = new PeopleFixture();
             PeopleDirectory directory = new PeopleDirectory(fixture.stores().profiles(), fixture.stores().settings(),
                     fixture.hostUsers(), clock)) {
            PeopleIndex first = directory.index();
            clock.advance(PeopleDirectory.CHECK_EVERY.plusSeconds(1));
            directory.index();
            Thread.sleep(500);
            assertThat(directory.index()).isSameAs(first);
        }
    }
}
