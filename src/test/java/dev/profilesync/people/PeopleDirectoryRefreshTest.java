package dev.profilesync.people;

import dev.profilesync.confluence.MutableClock;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.people.PeopleDirectory;
import dev.profilesync.core.people.PeopleIndex;
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
    void aSlowFirstReadIsSaidToBeBeingReadInsteadOfHoldingTheCaller() throws Exception {
        java.util.concurrent.CountDownLatch storeAnswers = new java.util.concurrent.CountDownLatch(1);
        try (PeopleFixture fixture = new PeopleFixture()) {
            dev.profilesync.core.port.ProfileStore slow = new SlowStore(fixture.stores().profiles(), storeAnswers);
            try (PeopleDirectory directory = new PeopleDirectory(slow, fixture.stores().settings(),
                    fixture.hostUsers(), new MutableClock())) {
                long start = System.nanoTime();
                PeopleIndex first = directory.index();
                long waitedMillis = (System.nanoTime() - start) / 1_000_000;
                assertThat(first.isReading()).isTrue();
                assertThat(first.listedCount()).isZero();
                assertThat(waitedMillis).isLessThan(PeopleDirectory.FIRST_READ_WAIT.toMillis() + 2_000);
                assertThat(new PeopleRenderer().directory(first, DirectoryRequest.parse(Map.of(), first),
                        first.search(dev.profilesync.core.people.PeopleQuery.everyone()), PeopleRendererTest.LINKS))
                        .contains("being read").doesNotContain("Nobody is listed");

                storeAnswers.countDown();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (directory.index().isReading() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(directory.index().person("ceo")).isPresent();
            }
        }
    }

    /** The real store, whose reads wait until the test lets them go: a large directory's first read. */
    private record SlowStore(dev.profilesync.core.port.ProfileStore store, java.util.concurrent.CountDownLatch go)
            implements dev.profilesync.core.port.ProfileStore {
        @Override
        public Map<String, dev.profilesync.core.StoredProfile> load(java.util.Collection<String> userKeys) {
            return store.load(userKeys);
        }

        @Override
        public void write(java.util.Collection<ProfileUpdate> updates) {
            store.write(updates);
        }

        @Override
        public void forEach(java.util.function.Consumer<dev.profilesync.core.StoredProfile> visitor) {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            store.forEach(visitor);
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
