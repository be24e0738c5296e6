package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.EntrySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.naming.InvalidNameException;
import javax.naming.LimitExceededException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exact reads of one entry: a user by username (an escaped equality filter, never a pattern) and the username of a
 * DN, also for many DNs at once. Works on a context it is given and never changes its request controls. Thread-safe.
 */
final class UserLookups {
    private static final Logger LOG = LoggerFactory.getLogger(UserLookups.class);

    private final LdapDirectoryConfig config;
    private final UserQueries queries;
    private final LdapErrors errors;

    UserLookups(LdapDirectoryConfig config, UserQueries queries, LdapErrors errors) {
        this.config = config;
        this.queries = queries;
        this.errors = errors;
    }

    /** The one entry matching the filter; fails when there are two, as guessing would sync the wrong person. */
    Optional<DirectoryEntry> user(LdapContext context, String username, String filter, Set<String> attributes)
            throws NamingException {
        Collected collected = new Collected();
        EntryReader reader = new EntryReader(config);
        LdapContext plain = context.newInstance(null);
        NamingEnumeration<SearchResult> results = plain.search(queries.userBase(), filter,
                queries.controls(attributes, 2));
        try {
            while (results.hasMore()) {
                reader.read(results.next(), plain, collected);
            }
        } catch (SizeLimitExceededException e) {
            // The search asked for at most two entries; hitting that limit means "more than one".
            LOG.debug("More than two entries match {} on {}", filter, config.url());
            throw errors.ambiguousUser(username);
        } finally {
            Jndi.closeQuietly(results);
            Jndi.closeQuietly(plain);
        }
        if (collected.entries.size() + collected.unreadable > 1) {
            throw errors.ambiguousUser(username);
        }
        return collected.entries.stream().findFirst();
    }

    /** Reads the username attribute of the entry; empty when the entry or the attribute does not exist. */
    Optional<String> usernameOfDn(LdapContext context, String dn) throws NamingException {
        LdapContext plain = context.newInstance(null);
        try {
            Attributes attributes = plain.getAttributes(Jndi.name(dn), new String[] {config.usernameAttribute()});
            Attribute username = attributes.get(config.usernameAttribute());
            return username == null || username.size() == 0 ? Optional.empty()
                    : Optional.of(String.valueOf(username.get(0)));
        } catch (NameNotFoundException e) {
            // A reference to an entry that is gone: there is no username to give.
            LOG.debug("{} does not exist on {}: {}", dn, config.url(), e.getExplanation());
            return Optional.empty();
        } catch (InvalidNameException e) {
            // The value is not a DN at all (e.g. free text in a manager attribute): nothing to look up.
            LOG.debug("'{}' is not a DN {} accepts: {}", dn, config.url(), e.getExplanation());
            return Optional.empty();
        } finally {
            Jndi.closeQuietly(plain);
        }
    }

    /**
     * Finds the usernames of the groups' DNs with one search per group under the base DN and adds them to
     * {@code found}, keyed by each DN as it was given. A result counts only when its DN equals a requested one; a
     * search that hits a limit or meets referrals keeps what it returned and the next group goes on. Other failures
     * leave, with everything found before them already in {@code found}.
     */
    void usernamesOfDns(LdapContext context, List<DnGroups.Group> groups, Map<String, String> found)
            throws NamingException {
        LdapContext plain = context.newInstance(null);
        try {
            for (DnGroups.Group group : groups) {
                usernamesOf(plain, group, found);
            }
        } finally {
            Jndi.closeQuietly(plain);
        }
    }

    private void usernamesOf(LdapContext context, DnGroups.Group group, Map<String, String> found)
            throws NamingException {
        String filter = UserQueries.anyOf(group.attribute(), group.values());
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningObjFlag(false);
        controls.setReturningAttributes(new String[] {config.usernameAttribute()});
        NamingEnumeration<SearchResult> results = context.search(Jndi.name(config.baseDn()), filter, controls);
        try {
            while (results.hasMore()) {
                SearchResult result = results.next();
                List<String> requested = group.requested().get(new LdapName(result.getNameInNamespace()));
                Attribute username = result.getAttributes().get(config.usernameAttribute());
                if (requested != null && username != null && username.size() > 0) {
                    String value = String.valueOf(username.get(0));
                    requested.forEach(dn -> found.putIfAbsent(dn, value));
                }
            }
        } catch (LimitExceededException | PartialResultException e) {
            // What came back is exact; the DNs it did not reach are read one by one by the caller.
            LOG.debug("A search for {} DNs on {} returned part of its answer: {}", group.requested().size(),
                    config.url(), e.getExplanation());
        } finally {
            Jndi.closeQuietly(results);
        }
    }

    /** Collects the entries of a search that returns at most two. */
    private static final class Collected implements EntrySink {
        private final List<DirectoryEntry> entries = new ArrayList<>(2);
        private int unreadable;

        @Override
        public void entry(DirectoryEntry entry) {
            entries.add(entry);
        }

        @Override
        public void unreadable(String dn, String reason) {
            unreadable++;
        }
    }
}
