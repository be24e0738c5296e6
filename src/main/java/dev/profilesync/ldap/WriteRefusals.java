package dev.profilesync.ldap;

import dev.profilesync.core.WriteOutcome;

import javax.naming.PartialResultException;
import javax.naming.ReferralException;

import static dev.profilesync.ldap.Causes.detail;
import static dev.profilesync.ldap.Causes.has;
import static dev.profilesync.ldap.Causes.resultCode;

/**
 * Words for a modify the directory refused: what happened, in terms a person or an admin can act on, and the remedy.
 * Messages name the write bind DN and the entry, never a password. Stateless.
 */
final class WriteRefusals {
    private WriteRefusals() {
    }

    static WriteOutcome of(Exception failure, LdapDirectoryConfig config, String dn) {
        String who = config.writeBind().bindDn();
        if (has(failure, ReferralException.class, PartialResultException.class)) {
            return WriteOutcome.refused(10, referral(config, failure));
        }
        if (Causes.isDroppedConnection(failure)) {
            return WriteOutcome.refused(-1, "the directory " + config.url() + " could not be reached ("
                    + detail(failure) + "): nothing was written; try again, and check url and firewall");
        }
        int code = resultCode(failure);
        String diagnostic = detail(failure);
        if (code == WriteOutcome.NO_SUCH_ATTRIBUTE && !AdDiagnostics.unknownAttribute(diagnostic)) {
            return WriteOutcome.staleValue("a value changed in the directory since it was read (no such attribute):"
                    + " nothing was written; reload and choose between your value and the directory's");
        }
        String words = switch (code) {
            case 10 -> referral(config, failure);
            case 16 -> "the directory's schema has no such attribute (" + diagnostic + "): correct the field's LDAP"
                    + " attribute";
            case 17 -> "the directory's schema has no such attribute (undefined attribute type: " + detail(failure)
                    + "): correct the field's LDAP attribute";
            case 19 -> "the directory refused the value (constraint violation: " + detail(failure)
                    + "): shorten or correct it, or ask the directory's admin about its rules";
            case 20 -> "the entry already holds that value (attribute or value exists): nothing was written";
            case 21 -> "the value does not fit the attribute's syntax (invalid attribute syntax: " + detail(failure)
                    + "): enter it in the form the directory expects (e.g. a phone number)";
            case 32 -> "the entry " + dn + " no longer exists (no such object): run a sync so the profile follows it";
            case 49 -> "the write bind " + who + " was refused (invalid credentials): check the write bind DN and its"
                    + " password";
            case 50 -> "the write bind " + who + " may not change this attribute of " + dn
                    + " (insufficient access rights): grant it write access to the attribute (OpenLDAP: an ACL"
                    + " 'access to attrs=... by dn=\"" + who + "\" write'; Active Directory: delegate 'Write' on the"
                    + " property), or turn write-back off for the field";
            case 53 -> "the directory is unwilling to perform the change (" + detail(failure)
                    + "): it may be read-only or the attribute system-managed; write to a writable server";
            case 65 -> "the change breaks the entry's object classes (object class violation: " + detail(failure)
                    + "): the attribute is not allowed or required here; correct the field's LDAP attribute";
            default -> "the directory refused the change (result code " + code + ": " + detail(failure) + ")";
        };
        return WriteOutcome.refused(code, words + AdDiagnostics.remedy(diagnostic));
    }

    /**
     * A refused picture in words for the person: a value the schema refuses is, for a picture that passed our own
     * checks, its size (Active Directory keeps at most 100 KB in thumbnailPhoto, its rangeUpper: Samba answers 21 with
     * 0000200B, Windows' documentation gives 19, constraint violation). Other refusals keep their words.
     */
    static WriteOutcome forPicture(WriteOutcome outcome, String attribute, int bytes) {
        if (outcome.written() || (outcome.resultCode() != 19 && outcome.resultCode() != 21)) {
            return outcome;
        }
        return WriteOutcome.refused(outcome.resultCode(), "the directory refused the picture of " + bytes
                + " bytes for " + attribute + " (" + (outcome.resultCode() == 19 ? "constraint violation"
                : "invalid attribute syntax") + "): Active Directory keeps at most 100 KB in thumbnailPhoto and other"
                + " directories may cap pictures too; choose a smaller picture (fewer pixels or more compression)");
    }

    private static String referral(LdapDirectoryConfig config, Exception failure) {
        return "the server " + config.url() + " referred the write to another server (referral: " + detail(failure)
                + "), as a read-only domain controller or replica does: point the directory's url at a writable"
                + " server";
    }
}
