package dev.profilesync.standalone.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One database a benchmark runs against, as {@code --db} names it: {@code hsqldb} (a temporary embedded HSQLDB),
 * {@code postgres} (the test environment's PostgreSQL, from the variables {@code .ci/test-env.sh env} exports), or
 * a JDBC URL. {@code both} is {@code hsqldb,postgres}. {@code toString()} leaves the password out.
 *
 * @param name     how tables and JSON name it
 * @param jdbcUrl  empty for the temporary embedded database
 * @param user     database user ("" for the embedded one)
 * @param password database password ("" for the embedded one)
 */
public record BenchDatabase(String name, Optional<String> jdbcUrl, String user, String password) {
    public static final String PG_URL = "PROFILESYNC_PG_URL";
    public static final String PG_USER = "PROFILESYNC_PG_USER";
    public static final String PG_PASSWORD = "PROFILESYNC_PG_PASSWORD";
    static final BenchDatabase HSQLDB = new BenchDatabase("embedded HSQLDB", Optional.empty(), "", "");

    public boolean embedded() {
        return jdbcUrl.isEmpty();
    }

    /**
     * @param option      the --db value, null for the default (the embedded database)
     * @param environment reads environment variables
     * @param jdbcUser     the user of a JDBC URL in the list (--db-user)
     * @param jdbcPassword its password (from --db-password-env), asked for only when a JDBC URL is given
     * @throws IllegalArgumentException saying what is wrong and what to give instead
     */
    public static List<BenchDatabase> parse(String option, UnaryOperator<String> environment, String jdbcUser,
                                            Supplier<String> jdbcPassword) {
        if (option == null) {
            return List.of(HSQLDB);
        }
        List<BenchDatabase> databases = new ArrayList<>();
        for (String part : option.split(",")) {
            String value = part.trim();
            switch (value.toLowerCase(Locale.ROOT)) {
                case "hsqldb", "embedded" -> add(databases, HSQLDB);
                case "postgres", "postgresql", "pg" -> add(databases, postgres(environment));
                case "both" -> {
                    add(databases, HSQLDB);
                    add(databases, postgres(environment));
                }
                default -> {
                    if (!value.startsWith("jdbc:")) {
                        throw new IllegalArgumentException("unknown database " + value + ": give hsqldb, postgres, "
                                + "both, a comma-separated list of them, or a JDBC URL");
                    }
                    add(databases, new BenchDatabase(value.replaceAll("(?i)password=[^&;]*", "password=..."),
                            Optional.of(value), jdbcUser == null ? "" : jdbcUser, jdbcPassword.get()));
                }
            }
        }
        return List.copyOf(databases);
    }

    private static BenchDatabase postgres(UnaryOperator<String> environment) {
        String url = environment.apply(PG_URL);
        String user = environment.apply(PG_USER);
        String password = environment.apply(PG_PASSWORD);
        if (url == null || url.isEmpty() || user == null || password == null) {
            throw new IllegalArgumentException("postgres means the test environment's PostgreSQL, named by " + PG_URL
                    + ", " + PG_USER + " and " + PG_PASSWORD + ", which are not all set: run eval \"$(bash "
                    + ".ci/test-env.sh env)\" in the same shell command, or give a JDBC URL");
        }
        return new BenchDatabase("PostgreSQL", Optional.of(url), user, password);
    }

    private static void add(List<BenchDatabase> databases, BenchDatabase database) {
        if (databases.stream().anyMatch(d -> d.jdbcUrl().equals(database.jdbcUrl()))) {
            throw new IllegalArgumentException(database.name() + " is named twice: name each database once");
        }
        databases.add(database);
    }

    @Override
    public String toString() {
        return "BenchDatabase[" + name + (jdbcUrl.isPresent() ? ", user " + user : "") + "]";
    }
}
