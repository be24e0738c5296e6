package dev.profilesync.ldap;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.ldap.LdapContext;
import java.util.List;
import java.util.Locale;

/**
 * Active Directory's ranged retrieval: a multi-valued attribute with more values than the server's MaxValRange
 * (1500) arrives as {@code member;range=0-1499}, and the rest must be asked for on that entry, range after range,
 * until one ends in {@code *}. Samba returns everything at once; Windows does not.
 */
final class RangedValues {
    private static final String OPTION = ";range=";
    /** Far more than any directory holds (1500 values a round): a server that never ends the range is broken. */
    private static final int MAX_ROUNDS = 10_000;

    /** The range an attribute id announces; {@code high} is -1 for {@code *} (the last range). */
    record Range(String attribute, int low, int high) {
        boolean isLast() {
            return high < 0;
        }
    }

    /** Converts one raw JNDI value (String or byte[]) of the given attribute to text. */
    @FunctionalInterface
    interface ValueConverter {
        String convert(String key, Object raw);
    }

    private RangedValues() {
    }

    /**
     * The range of an attribute id such as {@code member;range=0-1499}; null when it has none or a malformed one
     * (then the attribute is kept under its full id, as sent).
     */
    static Range parse(String id) {
        int option = id.toLowerCase(Locale.ROOT).indexOf(OPTION);
        if (option < 0) {
            return null;
        }
        String spec = id.substring(option + OPTION.length());
        int end = spec.indexOf(';');
        spec = end < 0 ? spec : spec.substring(0, end);
        int dash = spec.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            String high = spec.substring(dash + 1);
            return new Range(id.substring(0, option), Integer.parseInt(spec.substring(0, dash)),
                    high.equals("*") ? -1 : Integer.parseInt(high));
        } catch (NumberFormatException e) {
            // Not a range as Active Directory writes it: the attribute is kept as sent.
            return null;
        }
    }

    /**
     * Adds the values after {@code first} to {@code values}, asking on {@code context}'s connection (without its
     * paging control) for one range after another.
     */
    static void fetchRest(LdapContext context, String dn, Range first, List<String> values, ValueConverter converter)
            throws NamingException {
        Range range = first;
        LdapContext plain = context.newInstance(null);
        try {
            for (int round = 0; !range.isLast() && round < MAX_ROUNDS; round++) {
                Range next = fetch(plain, dn, range.attribute(), range.high() + 1, values, converter);
                if (next == null || next.low() <= range.low()) {
                    return;
                }
                range = next;
            }
        } finally {
            Jndi.closeQuietly(plain);
        }
    }

    private static Range fetch(LdapContext context, String dn, String attribute, int low, List<String> values,
                               ValueConverter converter) throws NamingException {
        Attributes answer = context.getAttributes(Jndi.name(dn), new String[] {attribute + OPTION + low + "-*"});
        NamingEnumeration<? extends Attribute> all = answer.getAll();
        while (all.hasMore()) {
            Attribute returned = all.next();
            Range range = parse(returned.getID());
            if (range != null && range.attribute().equalsIgnoreCase(attribute)) {
                for (int i = 0; i < returned.size(); i++) {
                    values.add(converter.convert(attribute, returned.get(i)));
                }
                return range;
            }
        }
        return null;
    }
}
