package dev.profilesync.core;

/**
 * How people see one profile field on cards, in the People Directory and in the Profile List macro. Immutable.
 *
 * @param shownOnCards the field is printed on profile cards and offered as a Profile List column
 * @param searchable   the People Directory's free-text search looks at the field, and offers it as a filter
 * @param format       how a value is linked; {@link ValueFormat#AUTO} chooses from the LDAP attribute
 */
public record FieldDisplay(boolean shownOnCards, boolean searchable, ValueFormat format) {
    /** Shown, searchable, linked by what the attribute holds. */
    public static final FieldDisplay DEFAULT = new FieldDisplay(true, true, ValueFormat.AUTO);

    public FieldDisplay {
        format = format == null ? ValueFormat.AUTO : format;
    }
}
