package dev.profilesync.core;

import java.util.Locale;
import java.util.Set;

/**
 * What a field's value is, for readers: plain text, or something a card turns into a link. Only the formats below
 * become links, and only when the value is safe for that kind of link (see the people renderer).
 */
public enum ValueFormat {
    /** Chosen from the mapping: a DN shown as a username is a person, phone and mail attributes are what they say. */
    AUTO,
    TEXT,
    /** A {@code tel:} link. */
    PHONE,
    /** A {@code mailto:} link. */
    EMAIL,
    /** A link, for http and https addresses only. */
    URL,
    /** A username: a link to that person's card. */
    PERSON;

    private static final Set<String> PHONE_ATTRIBUTES = Set.of("telephonenumber", "mobile", "homephone", "pager",
            "facsimiletelephonenumber", "ipphone", "othertelephone", "othermobile", "otherhomephone");
    private static final Set<String> EMAIL_ATTRIBUTES = Set.of("mail", "email", "rfc822mailbox", "othermailbox");
    private static final Set<String> URL_ATTRIBUTES = Set.of("wwwhomepage", "url", "labeleduri");

    /** This format, or for {@link #AUTO} the one the field's mapping implies. */
    public ValueFormat resolve(FieldDefinition field) {
        if (this != AUTO) {
            return this;
        }
        if (field.dnToUsername()) {
            return PERSON;
        }
        String attribute = field.ldapAttribute().toLowerCase(Locale.ROOT);
        if (PHONE_ATTRIBUTES.contains(attribute)) {
            return PHONE;
        }
        if (EMAIL_ATTRIBUTES.contains(attribute)) {
            return EMAIL;
        }
        return URL_ATTRIBUTES.contains(attribute) ? URL : TEXT;
    }
}
