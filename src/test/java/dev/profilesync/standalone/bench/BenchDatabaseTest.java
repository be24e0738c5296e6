package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchDatabaseTest {
    private static final UnaryOperator<String> TEST_ENV = Map.of(
            BenchDatabase.PG_URL, "jdbc:postgresql://127.0.0.1:55404/profilesync",
            BenchDatabase.PG_USER, "profilesync",
            BenchDatabase.PG_PASSWORD, "pg-secret")::get;

    @Test
    void noOptionMeansTheTemporaryEmbeddedDatabase() {
        assertThat(BenchDatabase.parse(null, TEST_ENV, null, () -> "")).containsExactly(BenchDatabase.HSQLDB);
    }

    @Test
    void bothIsEmbeddedFirstThenTheTestEnvironmentsPostgres() {
        List<BenchDatabase> databases = BenchDatabase.parse("both", TEST_ENV, null, () -> "");

        assertThat(databases).extracting(BenchDatabase::name).containsExactly("embedded HSQLDB", "PostgreSQL");
        assertThat(databases.get(1).jdbcUrl()).contains("jdbc:postgresql://127.0.0.1:55404/profilesync");
        assertThat(databases.get(1).user()).isEqualTo("profilesync");
        assertThat(databases.get(1).password()).isEqualTo("pg-secret");
    }

    @Test
    void listKeepsTheOrderGiven() {
        assertThat(BenchDatabase.parse("postgres, hsqldb", TEST_ENV, null, () -> ""))
                .extracting(BenchDatabase::name).containsExactly("PostgreSQL", "embedded HSQLDB");
    }

    @Test
    void jdbcUrlTakesUserAndPasswordFromTheOtherOptions() {
        BenchDatabase database = BenchDatabase.parse("jdbc:postgresql://db/x", TEST_ENV, "me", () -> "pw").get(0);

        assertThat(database.jdbcUrl()).isEqualTo(Optional.of("jdbc:postgresql://db/x"));
        assertThat(database.user()).isEqualTo("me");
        assertThat(database.password()).isEqualTo("pw");
    }

    @Test
    void postgresWithoutTheTestEnvironmentSaysHowToGetIt() {
        assertThatThrownBy(() -> BenchDatabase.parse("postgres", name -> null, null, () -> ""))
                .hasMessageContaining("PROFILESYNC_PG_URL").hasMessageContaining("test-env.sh env");
    }

    @Test
    void unknownNameAndDuplicatesAreRefused() {
        assertThatThrownBy(() -> BenchDatabase.parse("oracle", TEST_ENV, null, () -> ""))
                .hasMessageStartingWith("unknown database oracle");
        assertThatThrownBy(() -> BenchDatabase.parse("both,hsqldb", TEST_ENV, null, () -> ""))
                .hasMessageContaining("named twice");
    }

    @Test
    void toStringLeavesThePasswordOut() {
        assertThat(BenchDatabase.parse("postgres", TEST_ENV, null, () -> "").get(0).toString())
                .doesNotContain("pg-secret");
    }
}
