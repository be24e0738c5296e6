package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.PersonLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.ContextSource;

import javax.naming.AuthenticationException;
import javax.naming.directory.DirContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Logs a person in by binding as their own entry: the entry is found by username with the reader's escaped
 * equality filter, then a simple bind with its DN and the password decides. An empty password is refused before
 * any bind, since LDAP treats it as an anonymous ("unauthenticated") bind that always succeeds. Thread-safe.
 */
public final class LdapPersonLogin implements PersonLogin {
    private static final Logger LOG = LoggerFactory.getLogger(LdapPersonLogin.class);

    private final List<LdapDirectoryReader> readers;

    public LdapPersonLogin(List<? extends DirectoryReader> readers) {
        this.readers = readers.stream().filter(LdapDirectoryReader.class::isInstance)
                .map(LdapDirectoryReader.class::cast).toList();
    }

    @Override
    public Optional<String> authenticate(String username, char[] password) {
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        for (LdapDirectoryReader reader : readers) {
            Optional<DirectoryEntry> entry = reader.readUser(username.trim(), Set.of());
            if (entry.isPresent()) {
                // The first directory that has the person decides, as the sync takes them from the first one too.
                return bind(reader.config(), entry.get(), password) ? Optional.of(entry.get().username())
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean bind(LdapDirectoryConfig config, DirectoryEntry entry, char[] password) {
        ContextSource source = LdapTemplates.create(config).getContextSource();
        try {
            DirContext context = source.getContext(entry.dn(), new String(password));
            Jndi.closeQuietly(context);
            return true;
        } catch (org.springframework.ldap.AuthenticationException e) {
            LOG.info("Self-service login as {} refused by {}", entry.dn(), config.url());
            return false;
        } catch (org.springframework.ldap.NamingException e) {
            if (Causes.has(e, AuthenticationException.class) || Causes.resultCode(e) == 49) {
                LOG.info("Self-service login as {} refused by {}", entry.dn(), config.url());
                return false;
            }
            throw new LdapErrors(config).translate(e, "checking the password of " + entry.dn(), "");
        }
    }
}
