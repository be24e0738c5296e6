package dev.profilesync.standalone.config;

import com.unboundid.ldap.sdk.LDAPException;

/**
 * What is wrong with an LDAP filter, in words for the admin. The LDAP library's exception text carries its own
 * class name, result code and version; only the reason it gives ("it has an opening parenthesis at position 0
 * without the expected closing parenthesis ...") is kept. Stateless.
 */
final class FilterProblem {
    private static final String BECAUSE = " because ";

    private FilterProblem() {
    }

    static String of(LDAPException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int because = message.indexOf(BECAUSE);
        String reason = because < 0 ? "its parentheses or its attribute=value parts are not well formed"
                : message.substring(because + BECAUSE.length());
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
