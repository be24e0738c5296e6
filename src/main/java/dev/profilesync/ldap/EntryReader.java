package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryEntry;
import dev.profilesync.core.port.EntrySink;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns search results into {@link DirectoryEntry} values and hands them to the sink: lower-case attribute names,
 * binary values as text, ranged attributes completed, the username and uuid picked out. An entry without a username
 * goes to {@link EntrySink#unreadable}. Exceptions thrown by the sink pass through untouched.
 * One instance per search, used by one thread.
 */
final class EntryReader {
    private final LdapDirectoryConfig config;
    private final String usernameKey;
    private final String uuidKey;
    /** Attribute id as the server writes it (givenName) to its lower-case key; lower-cased once per name. */
    private final Map<String, String> keys = new HashMap<>();
    /** Reused for every entry: {@link DirectoryEntry} copies it. */
    private final Map<String, List<String>> attributes = new HashMap<>();

    EntryReader(LdapDirectoryConfig config) {
        this.config = config;
        this.usernameKey = UserQueries.key(config.usernameAttribute());
        this.uuidKey = UserQueries.key(config.uuidAttribute());
    }

    /** @param context the search's context, used only when a ranged attribute needs more rounds */
    void read(SearchResult result, LdapContext context, EntrySink sink) throws NamingException {
        String dn = result.getNameInNamespace();
        attributes.clear();
        NamingEnumeration<? extends Attribute> all = result.getAttributes().getAll();
        while (all.hasMore()) {
            Attribute attribute = all.next();
            String id = attribute.getID();
            String key = keys.get(id);
            if (key != null) {
                attributes.put(key, values(key, attribute));
            } else {
                readNewId(id, attribute, dn, context);
            }
        }
        List<String> usernames = attributes.get(usernameKey);
        if (usernames == null || usernames.isEmpty() || usernames.get(0).isEmpty()) {
            sink.unreadable(dn, "the entry has no " + config.usernameAttribute()
                    + " attribute (usernameAttribute), so it cannot be matched to a user");
            return;
        }
        List<String> uuids = attributes.get(uuidKey);
        String uuid = uuids == null || uuids.isEmpty() ? "" : uuids.get(0);
        sink.entry(new DirectoryEntry(dn, usernames.get(0), uuid, attributes));
    }

    private void readNewId(String id, Attribute attribute, String dn, LdapContext context) throws NamingException {
        String lower = id.toLowerCase(Locale.ROOT);
        RangedValues.Range range = RangedValues.parse(id);
        if (range == null) {
            keys.put(id, lower);
            attributes.put(lower, values(lower, attribute));
            return;
        }
        String key = range.attribute().toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>(attribute.size() * 2);
        for (int i = 0; i < attribute.size(); i++) {
            values.add(text(key, attribute.get(i)));
        }
        RangedValues.fetchRest(context, dn, range, values, (name, raw) -> text(key, raw));
        attributes.put(key, List.copyOf(values));
    }

    private List<String> values(String key, Attribute attribute) throws NamingException {
        int size = attribute.size();
        if (size == 1) {
            return List.of(text(key, attribute.get(0)));
        }
        String[] values = new String[size];
        for (int i = 0; i < size; i++) {
            values[i] = text(key, attribute.get(i));
        }
        return List.of(values);
    }

    private String text(String key, Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        if (raw instanceof byte[] bytes) {
            return key.equals(uuidKey) ? BinaryValues.uuid(bytes) : BinaryValues.render(key, bytes);
        }
        return String.valueOf(raw);
    }
}
