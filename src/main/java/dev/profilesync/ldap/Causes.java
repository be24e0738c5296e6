package dev.profilesync.ldap;

import javax.naming.CommunicationException;
import javax.naming.NamingException;
import javax.naming.ServiceUnavailableException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through an exception and its causes (Spring LDAP wraps JNDI, which wraps the socket or TLS failure) for
 * what {@link LdapErrors} needs to word its message. Stateless.
 */
final class Causes {
    private static final Pattern RESULT_CODE = Pattern.compile("error code (\\d+)");

    private Causes() {
    }

    /** The server's or the JDK's own words for the failure. */
    static String detail(Throwable failure) {
        NamingException naming = find(failure, NamingException.class);
        if (naming != null && naming.getExplanation() != null) {
            return naming.getExplanation();
        }
        return rootMessage(failure);
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * Whether the connection went away under the request: JNDI says so with a CommunicationException, or, when the
     * server closes it while a request waits, with a plain NamingException "LDAP connection has been closed".
     */
    static boolean isDroppedConnection(Throwable failure) {
        if (has(failure, CommunicationException.class, ServiceUnavailableException.class)) {
            return true;
        }
        String message = rootMessage(failure).toLowerCase(Locale.ROOT);
        return message.contains("connection has been closed") || message.contains("connection closed");
    }

    /** The LDAP result code JNDI writes into its messages ("[LDAP: error code 49 - ...]"), or -1. */
    static int resultCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher code = RESULT_CODE.matcher(String.valueOf(t.getMessage()));
            if (code.find()) {
                return Integer.parseInt(code.group(1));
            }
        }
        return -1;
    }

    /** Whether the failure or one of its causes is of one of the types. */
    @SafeVarargs
    static boolean has(Throwable failure, Class<? extends Throwable>... types) {
        for (Class<? extends Throwable> type : types) {
            if (find(failure, type) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first of the failure and its causes that is of the type, or null. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
