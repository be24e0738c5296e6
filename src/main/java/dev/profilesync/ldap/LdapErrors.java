package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryException;

import javax.naming.AuthenticationException;
import javax.naming.AuthenticationNotSupportedException;
import javax.naming.CommunicationException;
import javax.naming.InvalidNameException;
import javax.naming.NameNotFoundException;
import javax.naming.NoPermissionException;
import javax.naming.PartialResultException;
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

import static dev.profilesync.ldap.Causes.detail;
import static dev.profilesync.ldap.Causes.find;
import static dev.profilesync.ldap.Causes.has;
import static dev.profilesync.ldap.Causes.resultCode;
import static dev.profilesync.ldap.Causes.rootMessage;

/**
 * The one place where LDAP failures become {@link DirectoryException}s: each message says what failed, which setting
 * to look at and what to do, and keeps the original exception as the cause. Messages name the URL and the bind DN,
 * never the password. Immutable and thread-safe.
 */
final class LdapErrors {
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
        String connection = connectionProblem(failure, action);
        return connection != null ? connection : operationProblem(failure, action, filter);
    }

    /** The connection could not be made or kept: a referral, TLS, the network, the bind; null when it is not that. */
    private String connectionProblem(Exception failure, String action) {
        // JNDI wraps whatever goes wrong while it follows a referral in a PartialResultException with a root cause.
        PartialResultException referral = find(failure, PartialResultException.class);
        if (config.followReferrals() && referral != null && referral.getRootCause() != null) {
            return referralMessage(failure, action);
        }
        if (has(failure, SSLException.class, CertificateException.class)) {
            return tlsMessage(failure);
        }
        if (has(failure, SocketTimeoutException.class) && has(failure, CommunicationException.class)) {
            return "cannot connect to " + url() + " within connectTimeout (" + config.connectTimeout().toMillis()
                    + " ms): check url and firewall";
        }
        if (has(failure, ConnectException.class, UnknownHostException.class, NoRouteToHostException.class)) {
            return "cannot connect to " + url() + ": check url and firewall (" + rootMessage(failure) + ")";
        }
        int code = resultCode(failure);
        if (code == 8 || code == 13) {
            return url() + " accepts binds only over a protected connection (" + detail(failure)
                    + "): set security to LDAPS or STARTTLS";
        }
        if (has(failure, AuthenticationException.class, AuthenticationNotSupportedException.class)
                || code == 48 || code == 49) {
            return bindRefused(failure);
        }
        return null;
    }

    /** The server took the request and refused or cut it short. */
    private String operationProblem(Exception failure, String action, String filter) {
        int code = resultCode(failure);
        if (has(failure, NameNotFoundException.class)) {
            return "the search base " + config.userBase() + " was not found on " + url() + " while " + action
                    + ": check baseDn and userDn";
        }
        if (has(failure, InvalidSearchFilterException.class) || code == 87) {
            return url() + " rejected the search filter " + filter + " while " + action + " (" + detail(failure)
                    + "): check userFilter";
        }
        if (has(failure, SizeLimitExceededException.class)) {
            return sizeLimitMessage(action);
        }
        if (has(failure, TimeLimitExceededException.class)) {
            return "the time limit of " + url() + " was exceeded while " + action
                    + ": raise the server's time limit for " + who() + " or narrow userFilter";
        }
        if (detail(failure).contains("read timed out")) {
            return url() + " did not answer within readTimeout (" + config.readTimeout().toMillis() + " ms) while "
                    + action + ": raise readTimeout or check the server's load";
        }
        if (has(failure, NoPermissionException.class)) {
            return who() + " may not read " + config.userBase() + " on " + url()
                    + ": grant it read access or use another bindDn";
        }
        if (code == 12 && config.pagedResults()) {
            return url() + " does not support paged results (" + detail(failure)
                    + "): set pagedResults=false, and make sure the server's size limit is above the number of users";
        }
        if (has(failure, InvalidNameException.class)) {
            return url() + " rejected a DN while " + action + " (" + detail(failure) + "): check baseDn and userDn";
        }
        if (Causes.isDroppedConnection(failure)) {
            return "the connection to " + url() + " failed while " + action + " (" + detail(failure)
                    + "): check that the server is up and reachable, then run the sync again";
        }
        return url() + " failed while " + action + ": " + detail(failure);
    }

    private String tlsMessage(Exception failure) {
        SSLException tls = find(failure, SSLException.class);
        String mode = config.security() == LdapDirectoryConfig.Security.STARTTLS ? "StartTLS" : "LDAPS";
        String prefix = "cannot connect to " + url() + " over " + mode + ": ";
        if (has(failure, CertPathBuilderException.class, CertPathValidatorException.class)
                || rootMessage(failure).contains("PKIX")) {
            return prefix + "the server's certificate is not trusted (" + rootMessage(failure) + "): import the"
                    + " directory's CA certificate into the Java trust store (cacerts, or the file named by"
                    + " -Djavax.net.ssl.trustStore)";
        }
        if (has(failure, SSLPeerUnverifiedException.class, CertificateException.class)) {
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

    /** Belt and braces: no server or JDK message is trusted to leave the password out. */
    private String scrub(String message) {
        String password = config.password();
        return password.length() < 4 ? message : message.replace(password, "********");
    }
}
