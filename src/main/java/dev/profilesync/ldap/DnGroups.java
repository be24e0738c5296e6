package dev.profilesync.ldap;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The DNs of one batch split into searches: DNs whose first RDN has the same attribute type go into one OR filter of
 * at most {@link #MAX_VALUES} values. Only DNs a search can find exactly are taken: ones that parse, have a single
 * attribute in their first RDN and lie under the base DN; the others are left out, for the caller to read one by one.
 * Immutable once built.
 */
final class DnGroups {
    /** Keeps each filter a few kilobytes, well inside what servers accept in one request. */
    static final int MAX_VALUES = 100;
    /** RFC 4512 attribute type: a name or an OID. Anything else is never put into a filter. */
    private static final Pattern ATTRIBUTE_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

    /**
     * One search: the RDN attribute, and each DN asked for (parsed, so that equal DNs compare equal whatever their
     * case and spacing) with the spellings it was given in.
     */
    record Group(String attribute, Map<LdapName, List<String>> requested) {
        List<String> values() {
            List<String> values = new ArrayList<>(requested.size());
            requested.keySet().forEach(name -> values.add((String) name.getRdn(name.size() - 1).getValue()));
            return values;
        }
    }

    private DnGroups() {
    }

    /** The base DN parsed; the config checked it when it was built. */
    static LdapName parse(String baseDn) {
        try {
            return new LdapName(baseDn);
        } catch (InvalidNameException | IllegalArgumentException e) {
            throw new IllegalArgumentException("baseDn '" + baseDn + "' is not a DN", e);
        }
    }

    static List<Group> of(Collection<String> dns, LdapName base, int maxValues) {
        Map<String, Map<LdapName, List<String>>> byAttribute = new LinkedHashMap<>();
        for (String dn : dns) {
            LdapName name = searchable(dn, base);
            if (name != null) {
                String attribute = name.getRdn(name.size() - 1).getType();
                byAttribute.computeIfAbsent(attribute.toLowerCase(Locale.ROOT), a -> new LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new ArrayList<>(1)).add(dn);
            }
        }
        List<Group> groups = new ArrayList<>();
        byAttribute.values().forEach(names -> split(names, maxValues, groups));
        return groups;
    }

    private static void split(Map<LdapName, List<String>> names, int maxValues, List<Group> groups) {
        Map<LdapName, List<String>> chunk = new LinkedHashMap<>();
        for (Map.Entry<LdapName, List<String>> name : names.entrySet()) {
            chunk.put(name.getKey(), name.getValue());
            if (chunk.size() == maxValues) {
                groups.add(group(chunk));
                chunk = new LinkedHashMap<>();
            }
        }
        if (!chunk.isEmpty()) {
            groups.add(group(chunk));
        }
    }

    private static Group group(Map<LdapName, List<String>> chunk) {
        LdapName first = chunk.keySet().iterator().next();
        return new Group(first.getRdn(first.size() - 1).getType(), chunk);
    }

    /** The parsed DN, or null when a search could not find exactly it. */
    private static LdapName searchable(String dn, LdapName base) {
        LdapName name;
        try {
            name = new LdapName(dn);
        } catch (InvalidNameException | IllegalArgumentException e) {
            // Free text in a DN attribute: the single read says "not a DN" and resolves it to nothing.
            return null;
        }
        if (name.isEmpty() || !name.startsWith(base)) {
            return null;
        }
        Rdn first = name.getRdn(name.size() - 1);
        // A multi-valued RDN (cn=a+uid=b) or a value given as BER bytes (uid=#04...) has no one value to filter on.
        if (first.size() != 1 || !(first.getValue() instanceof String value) || value.isEmpty()
                || !ATTRIBUTE_TYPE.matcher(first.getType()).matches()) {
            return null;
        }
        return name;
    }
}
