package dev.profilesync.ldap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.naming.Name;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.Control;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.PagedResultsControl;
import javax.naming.ldap.PagedResultsResponseControl;
import java.io.IOException;

/**
 * One subtree search run page after page (RFC 2696) on a single context, so on one connection: the paging cookie
 * is only valid on the connection that received it. Each result goes to the handler as it arrives; at most one page
 * is held in memory. A server that answers a page without the paged results response control has not paged, and the
 * search fails instead of passing off the first page as the whole result. One instance per search, one thread.
 */
final class PagedSearch {
    private static final Logger LOG = LoggerFactory.getLogger(PagedSearch.class);

    /** Receives each result; may throw anything, which ends the search and passes through unchanged. */
    @FunctionalInterface
    interface ResultHandler {
        void handle(SearchResult result) throws NamingException;
    }

    private final LdapDirectoryConfig config;
    private final LdapErrors errors;
    private final Name base;
    private final String filter;
    private final SearchControls controls;
    private long entriesRead;

    PagedSearch(LdapDirectoryConfig config, LdapErrors errors, Name base, String filter, SearchControls controls) {
        this.config = config;
        this.errors = errors;
        this.base = base;
        this.filter = filter;
        this.controls = controls;
    }

    /** Runs the whole search on {@code context}; throws what the server or the handler throws. */
    void run(LdapContext context, ResultHandler handler) throws NamingException {
        byte[] cookie = null;
        do {
            if (config.pagedResults()) {
                context.setRequestControls(new Control[] {pagedControl(cookie)});
            }
            readPage(context, handler);
            cookie = config.pagedResults() ? nextCookie(context) : null;
        } while (cookie != null);
    }

    /** Results handed to the handler so far, for messages about where a search stopped. */
    long entriesRead() {
        return entriesRead;
    }

    private void readPage(LdapContext context, ResultHandler handler) throws NamingException {
        NamingEnumeration<SearchResult> results = context.search(base, filter, controls);
        try {
            while (results.hasMore()) {
                SearchResult result = results.next();
                entriesRead++;
                handler.handle(result);
            }
        } catch (PartialResultException e) {
            if (config.followReferrals() || e.getRootCause() != null) {
                throw e;
            }
            // Active Directory ends a search from the domain root with continuation references (e.g. to
            // CN=Configuration); with followReferrals off they are skipped on purpose, as the setting says.
            LOG.info("Ignoring referrals returned by {} below {} (followReferrals is off): {}", config.url(), base,
                    e.getExplanation());
        } finally {
            Jndi.closeQuietly(results);
        }
    }

    private byte[] nextCookie(LdapContext context) throws NamingException {
        Control[] response = context.getResponseControls();
        if (response != null) {
            for (Control control : response) {
                if (control instanceof PagedResultsResponseControl paged) {
                    byte[] cookie = paged.getCookie();
                    return cookie == null || cookie.length == 0 ? null : cookie;
                }
            }
        }
        throw errors.pagingDropped(entriesRead);
    }

    private PagedResultsControl pagedControl(byte[] cookie) throws NamingException {
        try {
            // Critical: a server that cannot page must refuse the search rather than answer part of it.
            return new PagedResultsControl(config.pageSize(), cookie, Control.CRITICAL);
        } catch (IOException e) {
            NamingException failure = new NamingException("cannot encode the paged results control");
            failure.setRootCause(e);
            throw failure;
        }
    }
}
