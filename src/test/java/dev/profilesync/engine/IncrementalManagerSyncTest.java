package dev.profilesync.engine;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.SearchScope;
import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.SyncMode;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.testing.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental run reads only the changed people, not their managers: the managers' DNs are resolved with a few
 * searches for the whole batch, and what those do not find is still read one by one, with the same answers.
 */
class IncrementalManagerSyncTest {
    private static final FieldDefinition TITLE = FieldDefinition.text("title", "Title", "title");
    private static final FieldDefinition MANAGER = new FieldDefinition("manager", "Manager", FieldType.TEXT, List.of(),
            "manager", true, WhenMissing.CLEAR, MultiValue.FIRST, "", true);
    private static final int STAFF = 40;
    private static final int BOSSES = 5;
    private static final String GHOST = "uid=ghost," + TestDirectory.PEOPLE;
    private static final Searches SEARCHES = new Searches();
    @RegisterExtension
    static final TestDirectory directory = TestDirectory.builder().interceptors(SEARCHES).start();
    private EngineFixture fixture;

    @BeforeEach
    void seed() throws Exception {
        directory.reset();
        fixture = new EngineFixture(directory);
        for (int b = 0; b < BOSSES; b++) {
            directory.addPerson(boss(b), "title", "Boss");
        }
        for (int s = 0; s < STAFF; s++) {
            directory.addPerson(staff(s), "title", "Engineer", "manager", TestDirectory.dn(boss(s % BOSSES)));
            fixture.host.withUsers(staff(s));
        }
        directory.addPerson("orphan", "title", "Engineer", "manager", GHOST);
        fixture.host.withUsers("orphan");
        fixture.fields(TITLE, MANAGER);
        // Timestamps have one-second resolution and the engine reads from one second before the last run:
        // the seeded entries must be older than that.
        Thread.sleep(2100);
        fixture.full();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void changedPeopleWhoseManagersWereNotReadGetEveryManagerFromAFewSearches() throws Exception {
        for (int s = 0; s < STAFF; s++) {
            directory.replace(staff(s), "title", "Senior Engineer");
            // Another boss, written the way another tool might: upper case.
            directory.replace(staff(s), "manager", TestDirectory.dn(boss((s + 1) % BOSSES)).toUpperCase(Locale.ROOT));
        }
        directory.replace("orphan", "title", "Senior Engineer");
        SEARCHES.records.clear();

        SyncReport report = fixture.incremental();

        assertThat(report.mode()).isEqualTo(SyncMode.INCREMENTAL);
        assertThat(report.directories().get("Directory main").entriesRead()).isEqualTo(STAFF + 1);
        for (int s = 0; s < STAFF; s++) {
            assertThat(fixture.valuesOf(staff(s))).as(staff(s))
                    .containsEntry("title", "Senior Engineer").containsEntry("manager", boss((s + 1) % BOSSES));
        }
        assertThat(fixture.valuesOf("orphan")).containsEntry("title", "Senior Engineer").doesNotContainKey("manager");
        assertThat(report.problems()).anyMatch(p -> p.username().equals("orphan")
                && p.message().contains("dangling reference"));
        // The five bosses come from one search; only the DN of nobody is read on its own, to say it is nobody.
        assertThat(SEARCHES.records).filteredOn(r -> r.startsWith("SUB (|"))
                .singleElement().asString().containsIgnoringCase("(uid=boss00)");
        assertThat(SEARCHES.records).filteredOn(r -> r.startsWith("BASE")).singleElement().asString()
                .contains(GHOST);
    }

    private static String boss(int b) {
        return String.format("boss%02d", b);
    }

    private static String staff(int s) {
        return String.format("staff%02d", s);
    }

    /** Every search the server gets, as scope, filter and base: what the engine asked the directory, over LDAP. */
    private static final class Searches extends InMemoryOperationInterceptor {
        final List<String> records = new CopyOnWriteArrayList<>();

        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
            SearchScope scope = request.getRequest().getScope();
            records.add((scope == SearchScope.BASE ? "BASE " : "SUB ") + request.getRequest().getFilter() + " "
                    + request.getRequest().getBaseDN());
        }
    }
}
