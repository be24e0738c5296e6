package dev.profilesync.ldap;

import java.util.Locale;

/**
 * Active Directory (and Samba AD) put their own error number in the diagnostic message of a refused modify, as 8 hex
 * digits before a colon ("00002098: Object ... has no write property access"); the LDAP result code alone is
 * often too coarse to name the remedy. Words for the numbers seen from a Samba AD DC (docs/self-service.md,
 * "Active Directory"), so a refusal says what to change in AD. Stateless.
 */
final class AdDiagnostics {
    private AdDiagnostics() {
    }

    /**
     * Whether the server says the attribute is not in its schema. Samba answers such a modify with 16
     * (noSuchAttribute), the code a stale delete-value gets, so only the message tells the two apart.
     */
    static boolean unknownAttribute(String detail) {
        return detail.toLowerCase(Locale.ROOT).contains("not found in the schema");
    }

    /** A sentence to add to the refusal for AD's own error number in the detail, or "" when there is none. */
    static String remedy(String detail) {
        String upper = detail.toUpperCase(Locale.ROOT);
        if (upper.contains("00002098")) {
            return " Active Directory says the write bind has no write property access to this entry: delegate"
                    + " control of the people's OU to it with 'Write' on the attribute (or 'Write Personal"
                    + " Information' for phone numbers and addresses).";
        }
        if (upper.contains("0000200B")) {
            return " Active Directory checks a value against the attribute's schema (syntax, and its length against"
                    + " rangeUpper, e.g. at most 128 characters for title): shorten or correct it.";
        }
        if (upper.contains("0000200D")) {
            return " The attribute holds a single value in Active Directory (user description is single-valued"
                    + " there although the schema says multi-valued): clear the other value first.";
        }
        if (upper.contains("00002030") || upper.contains("0000208D")) {
            return " Active Directory has no entry under that DN: run a sync so the profile follows a moved or"
                    + " renamed account.";
        }
        return bindRefusal(detail.toLowerCase(Locale.ROOT));
    }

    /**
     * A refused bind (49) carries AD's reason as "data NNN" (Microsoft's documented sub-codes; Samba writes 52e for
     * a wrong password): a service account whose password expired needs another remedy than a typo.
     */
    private static String bindRefusal(String lower) {
        if (!lower.contains("acceptsecuritycontext")) {
            return "";
        }
        if (lower.contains("data 52e")) {
            return " Active Directory says the password is wrong (data 52e).";
        }
        if (lower.contains("data 532") || lower.contains("data 773")) {
            return " Active Directory says the account's password has expired or must be reset: set a new one.";
        }
        if (lower.contains("data 533")) {
            return " Active Directory says the account is disabled: enable it.";
        }
        if (lower.contains("data 775")) {
            return " Active Directory says the account is locked out: wait or unlock it, then check the password.";
        }
        return "";
    }
}
