package dev.profilesync.ldap;

import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.filter.GreaterThanOrEqualsFilter;
import org.springframework.ldap.filter.HardcodedFilter;
import org.springframework.ldap.filter.OrFilter;

import javax.naming.Name;
import javax.naming.directory.SearchControls;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The searches the reader sends, built from parts that escape: the admin's user filter (parsed once, when the config
 * was built, and used in its normal form) combined with Spring LDAP filters that escape every value, so a username
 * such as {@code *)(uid=*} or a timestamp can never change the filter's meaning. Immutable and thread-safe.
 */
final class UserQueries {
    private final LdapDirectoryConfig config;
    private final String userFilter;

    UserQueries(LdapDirectoryConfig config) {
        this.config = config;
        this.userFilter = SettingChecks.userFilter(config.userFilter());
    }

    String allUsers() {
        return userFilter;
    }

    /** {@code (&<userFilter>(<timestampAttribute>>=<timestamp>))} with the timestamp escaped. */
    String changedSince(String timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        return new AndFilter().and(new HardcodedFilter(userFilter))
                .and(new GreaterThanOrEqualsFilter(config.timestampAttribute(), timestamp)).encode();
    }

    /** {@code (&<userFilter>(<usernameAttribute>=<username>))} with the username escaped. */
    String user(String username) {
        Objects.requireNonNull(username, "username");
        return new AndFilter().and(new HardcodedFilter(userFilter))
                .and(new EqualsFilter(config.usernameAttribute(), username)).encode();
    }

    /**
     * {@code (|(<attribute>=<value>)...)} with every value escaped. Not combined with the user filter: it finds the
     * entries DNs point at, which a DN lookup reads whatever their object class.
     */
    static String anyOf(String attribute, Collection<String> values) {
        OrFilter filter = new OrFilter();
        values.forEach(value -> filter.or(new EqualsFilter(attribute, value)));
        return filter.encode();
    }

    /** Subtree search below the user base for the requested attributes plus the username and uuid attributes. */
    SearchControls controls(Set<String> attributes, long countLimit) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(countLimit);
        controls.setReturningObjFlag(false);
        controls.setReturningAttributes(returning(attributes));
        return controls;
    }

    String[] returning(Set<String> attributes) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(key(config.usernameAttribute()), config.usernameAttribute());
        names.put(key(config.uuidAttribute()), config.uuidAttribute());
        for (String attribute : attributes) {
            names.putIfAbsent(key(attribute), attribute);
        }
        return names.values().toArray(String[]::new);
    }

    Name userBase() {
        return Jndi.name(config.userBase());
    }

    static String key(String attribute) {
        return attribute.toLowerCase(Locale.ROOT);
    }
}
