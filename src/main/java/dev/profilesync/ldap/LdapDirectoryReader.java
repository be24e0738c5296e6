package dev.profilesync.ldap;

import dev.profilesync.core.ConnectionTest;
import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.EntrySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.LdapTemplate;

import javax.naming.NamingException;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.LdapName;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads users from one LDAP directory (OpenLDAP, Active Directory, any LDAPv3 server) with Spring LDAP over JNDI.
 * Full and incremental reads page through the directory on one connection and stream each entry to the sink;
 * single-user reads and DN lookups are exact, escaped searches on a connection kept while they keep coming. Every
 * LDAP failure leaves as a {@link dev.profilesync.core.DirectoryException} whose message names the setting to check;
 * exceptions thrown by a sink pass through unchanged. Thread-safe: one full read at a time, single-user reads from
 * any thread.
 */
public final class LdapDirectoryReader implements DirectoryReader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LdapDirectoryReader.class);
    /** How long the connection kept for single-user reads may sit idle before it is closed. */
    static final Duration SPARE_IDLE_LIMIT = Duration.ofSeconds(30);

    private final LdapDirectoryConfig config;
    private final LdapTemplate template;
    private final UserQueries queries;
    private final LdapErrors errors;
    private final UserLookups lookups;
    private final SpareConnection spare;
    /**
     * The context of the read running on this thread: DN lookups the engine makes while it handles that read's
     * entries share its connection instead of opening one each.
     */
    private final ThreadLocal<LdapContext> runningRead = new ThreadLocal<>();
    /** The JNDI binary attribute list in force: the config's, plus the picture attributes the engine named. */
    private volatile String binaryAttributes;
    /** The base DN parsed, to tell which DNs a search under it can find. */
    private final LdapName baseName;

    public LdapDirectoryReader(LdapDirectoryConfig config) {
        this(config, SPARE_IDLE_LIMIT);
    }

    LdapDirectoryReader(LdapDirectoryConfig config, Duration spareIdleLimit) {
        this.config = Objects.requireNonNull(config, "config");
        this.template = LdapTemplates.create(config);
        this.spare = new SpareConnection(config.url(), template.getContextSource(), spareIdleLimit);
        this.queries = new UserQueries(config);
        this.errors = new LdapErrors(config);
        this.lookups = new UserLookups(config, queries, errors);
        this.binaryAttributes = LdapTemplates.binaryAttributes(config);
        this.baseName = DnGroups.parse(config.baseDn());
    }

    @Override
    public String id() {
        return config.id();
    }

    @Override
    public String name() {
        return config.name();
    }

    /** Picture attributes join the binary list of every context used from now on (JNDI reads it per operation). */
    @Override
    public void readAsBinary(Set<String> attributes) {
        binaryAttributes = LdapTemplates.binaryAttributes(config, attributes);
    }

    @Override
    public void readAll(Set<String> attributes, EntrySink sink) {
        stream(queries.allUsers(), attributes, sink, "reading all users");
    }

    @Override
    public void readChangedSince(String timestamp, Set<String> attributes, EntrySink sink) {
        stream(queries.changedSince(timestamp), attributes, sink, "reading users changed since " + timestamp);
    }

    private void stream(String filter, Set<String> attributes, EntrySink sink, String action) {
        Objects.requireNonNull(sink, "sink");
        PagedSearch search = new PagedSearch(config, errors, queries.userBase(), filter,
                queries.controls(attributes, 0));
        EntryReader entries = new EntryReader(config);
        try {
            template.executeReadOnly(context -> {
                LdapContext ldap = (LdapContext) context;
                ldap.addToEnvironment(LdapTemplates.BINARY_PROPERTY, binaryAttributes);
                runningRead.set(ldap);
                try {
                    search.run(ldap, result -> entries.read(result, ldap, sink));
                    return null;
                } finally {
                    runningRead.remove();
                }
            });
        } catch (org.springframework.ldap.NamingException e) {
            long read = search.entriesRead();
            throw errors.translate(e, read == 0 ? action : action + " (after " + read + " entries)", filter);
        }
    }

    @Override
    public Optional<DirectoryEntry> readUser(String username, Set<String> attributes) {
        String filter = queries.user(username);
        try {
            return spare.execute(context -> {
                context.addToEnvironment(LdapTemplates.BINARY_PROPERTY, binaryAttributes);
                return lookups.user((LdapContext) context, username, filter, attributes);
            });
        } catch (org.springframework.ldap.NamingException e) {
            throw errors.translate(e, "reading the user " + username, filter);
        }
    }

    @Override
    public Optional<String> usernameOfDn(String dn) {
        // Always read the entry: a DN named by username (uid=jdoe,...) may point at nobody, and a username taken
        // from it would store a manager who does not exist.
        LdapContext running = runningRead.get();
        try {
            if (running != null) {
                return lookups.usernameOfDn(running, dn);
            }
            return spare.execute(context -> lookups.usernameOfDn((LdapContext) context, dn));
        } catch (NamingException | org.springframework.ldap.NamingException e) {
            throw errors.translate(e, "looking up the username of " + dn, "");
        }
    }

    /**
     * One subtree search under the base DN for every hundred DNs with the same RDN attribute. DNs it cannot find
     * exactly (not a DN, a multi-valued RDN, outside the base DN) are left out, and so are the ones a failed search
     * did not reach: the caller reads those one by one, which gives the answer this method would have.
     */
    @Override
    public Map<String, String> usernamesOfDns(Collection<String> dns) {
        List<DnGroups.Group> groups = DnGroups.of(dns, baseName, DnGroups.MAX_VALUES);
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        LdapContext running = runningRead.get();
        try {
            if (running != null) {
                lookups.usernamesOfDns(running, groups, found);
            } else {
                spare.execute(context -> {
                    lookups.usernamesOfDns((LdapContext) context, groups, found);
                    return null;
                });
            }
        } catch (NamingException | org.springframework.ldap.NamingException e) {
            // Only a shortcut failed: every DN not found yet is read on its own, where a real failure is reported.
            LOG.warn("Looking up {} DNs together on {} failed after {} were found; the rest are read one by one: {}",
                    dns.size(), config.url(), found.size(), Causes.detail(e));
        }
        return found;
    }

    @Override
    public ConnectionTest testConnection(Set<String> attributes, int sampleSize) {
        return new ConnectionProbe(config, template, queries, errors).run(attributes, sampleSize);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", config.name());
        settings.put("url", config.url());
        settings.put("security", config.security().name());
        settings.put("bindDn", config.bindDn().isEmpty() ? "(anonymous)" : config.bindDn());
        settings.put("baseDn", config.baseDn());
        settings.put("userDn", config.userDn());
        settings.put("userFilter", config.userFilter());
        settings.put("usernameAttribute", config.usernameAttribute());
        settings.put("uuidAttribute", config.uuidAttribute());
        settings.put("timestampAttribute", config.timestampAttribute());
        settings.put("pagedResults", Boolean.toString(config.pagedResults()));
        settings.put("pageSize", Integer.toString(config.pageSize()));
        settings.put("followReferrals", Boolean.toString(config.followReferrals()));
        settings.put("connectTimeout", config.connectTimeout().toString());
        settings.put("readTimeout", config.readTimeout().toString());
        settings.put("writeBindDn", config.writeBind().enabled() ? config.writeBind().bindDn() : "(write-back off)");
        return settings;
    }

    /**
     * Closes the connection kept for single-user reads at once (otherwise it closes itself after
     * {@link #SPARE_IDLE_LIMIT} idle). Hosts call this when they replace a reader; the reader stays usable.
     */
    @Override
    public void close() {
        spare.close();
    }

    /** The settings this reader was made with, for the writer and the person login of the same directory. */
    LdapDirectoryConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "LdapDirectoryReader[" + config + "]";
    }
}
