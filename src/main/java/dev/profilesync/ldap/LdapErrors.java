package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryException;

import javax.naming.AuthenticationException;
import javax.naming.AuthenticationNotSupportedException;
import javax.naming.CommunicationException;
import javax.naming.InvalidNameException;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.NoPermissionException;
import javax.naming.PartialResultException;
import javax.naming.ServiceUnavailableException;
import javax.naming.SizeLimitExceededException;
import javax.naming.TimeLimitExceededException;
import javax.naming.directory.InvalidSearchFilterException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where LDAP failures become {@link DirectoryException}s: each message says what failed, which setting
 * to look at and what to do, and keeps the original exception as the cause. Messages name the URL and the bind DN,
 * never the password. Immutable and thread-safe.
 */
final class LdapErrors {
    private static final Pattern RESULT_CODE = Pattern.compile("error code (\\d+)");

    private final LdapDirectoryConfig config;

    LdapErrors(LdapDirectoryConfig config) {
        this.config = config;
    }

    /**
     * Translates a failure of Spring LDAP (which wraps the JNDI exception) or of JNDI itself.
     *
     * @param action what the reader was doing, e.g. "reading users"
     * @param filter the filter sent, or empty when none was
     */
    DirectoryException translate(Exception failure, String action, String filter) {
        return new DirectoryException(scrub(message(failure, action, filter)), failure);
    }

    DirectoryException pagingDropped(long entriesRead) {
        return new DirectoryException(scrub(url() + " did not page the results (no paged results response control"
                + " after " + entriesRead + " entries), so the user list would be incomplete: make sure the server"
                + " allows paged results for " + who() + ", or set pagedResults=false if it has no size limit"));
    }

    DirectoryException ambiguousUser(String username) {
        return new DirectoryException(scrub("more than one entry under " + config.userBase() + " on " + url()
                + " has " + config.usernameAttribute() + "=" + username
                + ": make the usernames unique or narrow userFilter"));
    }

    private String message(Exception failure, String action, String filter) {
        // JNDI wraps whatever goes wrong while it follows a referral in a PartialResultException with a root cause.
        PartialResultException referral = find(failure, PartialResultException.class);
        if (config.followReferrals() && referral != null && referral.getRootCause() != null) {
            return referralMessage(failure, action);
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null || find(failure, CertificateException.class) != null) {
            return tlsMessage(failure, tls);
        }
        if (find(failure, SocketTimeoutException.class) != null && find(failure, CommunicationException.class) != null) {
            return "cannot connect to " + url() + " within connectTimeout (" + config.connectTimeout().toMillis()
                    + " ms): check url and firewall";
        }
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null
                || find(failure, NoRouteToHostException.class) != null) {
            return "cannot connect to " + url() + ": check url and firewall (" + rootMessage(failure) + ")";
        }
        int code = resultCode(failure);
        if (code == 8 || code == 13) {
            return url() + " accepts binds only over a protected connection (" + detail(failure)
                    + "): set security to LDAPS or STARTTLS";
        }
        if (find(failure, AuthenticationException.class) != null
                || find(failure, AuthenticationNotSupportedException.class) != null || code == 48 || code == 49) {
            return bindRefused(failure);
        }
        if (find(failure, NameNotFoundException.class) != null) {
            return "the search base " + config.userBase() + " was not found on " + url() + " while " + action
                    + ": check baseDn and userDn";
        }
        if (find(failure, InvalidSearchFilterException.class) != null || code == 87) {
            return url() + " rejected the search filter " + filter + " while " + action + " (" + detail(failure)
                    + "): check userFilter";
        }
        if (find(failure, SizeLimitExceededException.class) != null) {
            return sizeLimitMessage(action);
        }
        if (find(failure, TimeLimitExceededException.class) != null) {
            return "the time limit of " + url() + " was exceeded while " + action
                    + ": raise the server's time limit for " + who() + " or narrow userFilter";
        }
        if (detail(failure).contains("read timed out")) {
            return url() + " did not answer within readTimeout (" + config.readTimeout().toMillis() + " ms) while "
                    + action + ": raise readTimeout or check the server's load";
        }
        if (find(failure, NoPermissionException.class) != null) {
            return who() + " may not read " + config.userBase() + " on " + url()
                    + ": grant it read access or use another bindDn";
        }
        if (code == 12 && config.pagedResults()) {
            return url() + " does not support paged results (" + detail(failure)
                    + "): set pagedResults=false, and make sure the server's size limit is above the number of users";
        }
        if (find(failure, InvalidNameException.class) != null) {
            return url() + " rejected a DN while " + action + " (" + detail(failure) + "): check baseDn and userDn";
        }
        if (find(failure, CommunicationException.class) != null || find(failure, ServiceUnavailableException.class) != null) {
            return "the connection to " + url() + " failed while " + action + " (" + detail(failure)
                    + "): check that the server is up and reachable, then run the sync again";
        }
        return url() + " failed while " + action + ": " + detail(failure);
    }

    private String tlsMessage(Exception failure, SSLException tls) {
        String mode = config.security() == LdapDirectoryConfig.Security.STARTTLS ? "StartTLS" : "LDAPS";
        String prefix = "cannot connect to " + url() + " over " + mode + ": ";
        if (find(failure, CertPathBuilderException.class) != null
                || find(failure, CertPathValidatorException.class) != null || rootMessage(failure).contains("PKIX")) {
            return prefix + "the server's certificate is not trusted (" + rootMessage(failure) + "): import the"
                    + " directory's CA certificate into the Java trust store (cacerts, or the file named by"
                    + " -Djavax.net.ssl.trustStore)";
        }
        if (find(failure, SSLPeerUnverifiedException.class) != null || find(failure, CertificateException.class) != null) {
            return prefix + "the server's certificate does not name the host in url (" + rootMessage(failure)
                    + "): use a url with a host name that the certificate lists";
        }
        return prefix + "the TLS handshake failed (" + (tls == null ? rootMessage(failure) : tls.getMessage())
                + "): check that the port speaks " + mode + " and that security matches the server";
    }

    private String referralMessage(Exception failure, String action) {
        String prefix = "following a referral from " + url() + " failed while " + action + " (" + detail(failure)
                + "): ";
        if (config.pagedResults()) {
            return prefix + "JNDI hands the paging control to the referred server, which refuses it, so paged reads"
                    + " cannot follow referrals; set followReferrals=false and add the referred server as a directory"
                    + " of its own, or set pagedResults=false if no server involved has a size limit";
        }
        return prefix + "check that the referred server is reachable and accepts the same bind DN and password, or"
                + " set followReferrals=false";
    }

    private String bindRefused(Exception failure) {
        if (config.bindDn().isEmpty()) {
            return "anonymous bind to " + url() + " refused (" + detail(failure) + "): set bindDn and password";
        }
        return "bind as " + config.bindDn() + " to " + url() + " refused (" + detail(failure)
                + "): check the bind DN and password";
    }

    private String sizeLimitMessage(String action) {
        if (!config.pagedResults()) {
            return "size limit exceeded by " + url() + " while " + action + ", with paged results off: enable paged"
                    + " results or lower the page size below the server's limit";
        }
        return "size limit exceeded by " + url() + " while " + action + ", even with paged results of "
                + config.pageSize() + " entries: lower the page size (pageSize) below the server's limit for " + who()
                + ", or raise that limit";
    }

    private String url() {
        return config.url();
    }

    private String who() {
        return config.bindDn().isEmpty() ? "anonymous binds" : config.bindDn();
    }

    /** The server's or the JDK's own words for the failure. */
    private static String detail(Throwable failure) {
        NamingException naming = find(failure, NamingException.class);
        if (naming != null && naming.getExplanation() != null) {
            return naming.getExplanation();
        }
        return rootMessage(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static int resultCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher code = RESULT_CODE.matcher(String.valueOf(t.getMessage()));
            if (code.find()) {
                return Integer.parseInt(code.group(1));
            }
        }
        return -1;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Belt and braces: no server or JDK message is trusted to leave the password out. */
    private String scrub(String message) {
        String password = config.password();
        return password.length() < 4 ? message : message.replace(password, "********");
    }
}
