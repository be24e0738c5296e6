package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.port.EntrySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.LdapTemplate;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The admin's "Test connection": bind, look up the base DN and the user base, read a small sample of users with the
 * mapped attributes. Reports every failure in the result and never throws. One instance per test.
 */
final class ConnectionProbe {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionProbe.class);

    private final LdapDirectoryConfig config;
    private final LdapTemplate template;
    private final UserQueries queries;
    private final LdapErrors errors;
    private final List<DirectoryEntry> sample = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private String step = "binding";

    ConnectionProbe(LdapDirectoryConfig config, LdapTemplate template, UserQueries queries, LdapErrors errors) {
        this.config = config;
        this.template = template;
        this.queries = queries;
        this.errors = errors;
    }

    ConnectionTest run(Set<String> attributes, int sampleSize) {
        long start = System.nanoTime();
        try {
            template.executeReadOnly(context -> {
                probe((LdapContext) context, attributes, Math.max(0, sampleSize));
                return null;
            });
            return new ConnectionTest(true, success(), sample, since(start));
        } catch (org.springframework.ldap.NamingException e) {
            return new ConnectionTest(false, errors.translate(e, step, queries.allUsers()).getMessage(), sample,
                    since(start));
        } catch (DirectoryException e) {
            return new ConnectionTest(false, e.getMessage(), sample, since(start));
        } catch (RuntimeException e) {
            // The test must answer, whatever went wrong; the log keeps the stack trace.
            LOG.warn("Testing the connection to {} failed unexpectedly", config.url(), e);
            return new ConnectionTest(false, "testing " + config.url() + " failed while " + step + ": " + e,
                    sample, since(start));
        }
    }

    private void probe(LdapContext context, Set<String> attributes, int sampleSize) throws NamingException {
        step = "looking up the base DN " + config.baseDn();
        context.getAttributes(Jndi.name(config.baseDn()), new String[] {"1.1"});
        if (!config.userDn().isEmpty()) {
            step = "looking up the user base " + config.userBase();
            context.getAttributes(Jndi.name(config.userBase()), new String[] {"1.1"});
        }
        if (sampleSize > 0) {
            step = "reading a sample of users";
            readSample(context, attributes, sampleSize);
        }
    }

    private void readSample(LdapContext context, Set<String> attributes, int sampleSize) throws NamingException {
        EntryReader reader = new EntryReader(config);
        EntrySink collect = new EntrySink() {
            @Override
            public void entry(DirectoryEntry entry) {
                sample.add(entry);
            }

            @Override
            public void unreadable(String dn, String reason) {
                unreadable.add(dn + ": " + reason);
            }
        };
        NamingEnumeration<SearchResult> results = context.search(queries.userBase(), queries.allUsers(),
                queries.controls(attributes, sampleSize));
        try {
            // The search's size limit asks the server for sampleSize entries, but not every server obeys it (Samba
            // 4.17 sends all of them): stop reading here too, and closing the results drops the rest.
            for (int read = 0; read < sampleSize && results.hasMore(); read++) {
                reader.read(results.next(), context, collect);
            }
        } catch (SizeLimitExceededException e) {
            // The search asked for sampleSize entries; more exist, which is what a sample expects.
            LOG.debug("Sample of {} users from {} is complete", sampleSize, config.url());
        } finally {
            Jndi.closeQuietly(results);
        }
    }

    private String success() {
        StringBuilder message = new StringBuilder("Connected to ").append(config.url())
                .append(config.bindDn().isEmpty() ? " anonymously" : " as " + config.bindDn())
                .append("; found ").append(config.userBase()).append("; read ").append(sample.size())
                .append(sample.size() == 1 ? " user" : " users").append(" matching ").append(config.userFilter());
        if (!unreadable.isEmpty()) {
            message.append("; ").append(unreadable.size()).append(" matching entries have no ")
                    .append(config.usernameAttribute()).append(" (check usernameAttribute), e.g. ")
                    .append(unreadable.get(0));
        }
        if (sample.isEmpty() && unreadable.isEmpty()) {
            message.append(": no entry matches, check userDn and userFilter");
        }
        return message.toString();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
