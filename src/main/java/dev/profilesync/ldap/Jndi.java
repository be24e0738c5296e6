package dev.profilesync.ldap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.naming.CompositeName;
import javax.naming.Context;
import javax.naming.InvalidNameException;
import javax.naming.Name;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;

/** Small JNDI helpers shared by the reader's parts. Stateless. */
final class Jndi {
    private static final Logger LOG = LoggerFactory.getLogger(Jndi.class);

    private Jndi() {
    }

    /**
     * A DN as a JNDI name with one component, so that JNDI reads it as an LDAP DN and not as a composite name (where
     * a '/' in a DN would split it).
     */
    static Name name(String dn) {
        try {
            return new CompositeName().add(dn);
        } catch (InvalidNameException e) {
            // CompositeName.add of one component accepts any string; this cannot happen.
            throw new IllegalStateException(e);
        }
    }

    /**
     * Closes a search; a failure to close is logged, not thrown, so that it never hides what ended the search (a
     * server error, or an exception of the sink that must reach the engine unchanged).
     */
    static void closeQuietly(NamingEnumeration<?> results) {
        try {
            results.close();
        } catch (NamingException e) {
            LOG.debug("Could not close an LDAP search", e);
        }
    }

    /** Closes a context, with the same rule as {@link #closeQuietly(NamingEnumeration)}. */
    static void closeQuietly(Context context) {
        try {
            context.close();
        } catch (NamingException e) {
            LOG.debug("Could not close an LDAP context", e);
        }
    }
}
