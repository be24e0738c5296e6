package dev.profilesync.ldap;

import dev.profilesync.core.AttributeChange;
import dev.profilesync.core.DirectoryException;
import dev.profilesync.core.WriteOutcome;
import dev.profilesync.core.port.DirectoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.LdapTemplate;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.ModificationItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes back to one LDAP directory as its write bind, on its own connections (never the sync's). The entry is
 * named by a DN parsed into an LdapName and values travel as attribute values, so nothing a person typed is ever
 * part of a DN or a filter. Thread-safe.
 */
public final class LdapDirectoryWriter implements DirectoryWriter {
    private static final Logger LOG = LoggerFactory.getLogger(LdapDirectoryWriter.class);
    private static final int INAPPROPRIATE_MATCHING = 18;

    private final LdapDirectoryConfig config;
    private final LdapTemplate template;
    private final LdapErrors errors;

    /** @throws IllegalArgumentException when the directory has no write bind (write-back is off) */
    public LdapDirectoryWriter(LdapDirectoryConfig config) {
        Objects.requireNonNull(config, "config");
        if (!config.writeBind().enabled()) {
            throw new IllegalArgumentException("directory " + config.id() + " has no write bind: write-back is off");
        }
        this.config = config.asWriter();
        this.template = LdapTemplates.create(this.config);
        this.errors = new LdapErrors(this.config);
    }

    @Override
    public String id() {
        return config.id();
    }

    @Override
    public Map<String, List<String>> currentValues(String dn, Set<String> attributes) {
        try {
            return template.executeReadOnly(context -> read(context, dn, attributes));
        } catch (org.springframework.ldap.NamingException e) {
            throw errors.translate(e, "reading " + dn + " before writing back as " + config.bindDn(), "");
        }
    }

    private static Map<String, List<String>> read(DirContext context, String dn, Set<String> attributes)
            throws NamingException {
        Attributes found = context.getAttributes(Jndi.name(dn), attributes.toArray(String[]::new));
        Map<String, List<String>> values = new HashMap<>();
        NamingEnumeration<? extends Attribute> all = found.getAll();
        while (all.hasMore()) {
            Attribute attribute = all.next();
            List<String> list = new ArrayList<>(attribute.size());
            for (int i = 0; i < attribute.size(); i++) {
                list.add(String.valueOf(attribute.get(i)));
            }
            if (!list.isEmpty()) {
                values.put(attribute.getID().toLowerCase(Locale.ROOT), List.copyOf(list));
            }
        }
        return values;
    }

    @Override
    public WriteOutcome write(String dn, List<AttributeChange> changes) {
        ModificationItem[] items = modifications(changes);
        return items.length == 0 ? WriteOutcome.SUCCESS : modify(dn, items);
    }

    /**
     * Delete-value plus add-value where the attribute had values, so the modify is a compare-and-swap the server
     * checks; replace only where there was nothing to compare.
     */
    static ModificationItem[] modifications(List<AttributeChange> changes) {
        List<ModificationItem> items = new ArrayList<>();
        for (AttributeChange change : changes) {
            if (change.oldValues().isEmpty()) {
                if (!change.newValue().isEmpty()) {
                    items.add(new ModificationItem(DirContext.REPLACE_ATTRIBUTE,
                            new BasicAttribute(change.attribute(), change.newValue())));
                }
                continue;
            }
            BasicAttribute old = new BasicAttribute(change.attribute());
            change.oldValues().forEach(old::add);
            items.add(new ModificationItem(DirContext.REMOVE_ATTRIBUTE, old));
            if (!change.newValue().isEmpty()) {
                items.add(new ModificationItem(DirContext.ADD_ATTRIBUTE,
                        new BasicAttribute(change.attribute(), change.newValue())));
            }
        }
        return items.toArray(ModificationItem[]::new);
    }

    /** Binary attributes must be among the binary ones JNDI is told about (LdapTemplates), or a value reads as text. */
    @Override
    public List<byte[]> currentBytes(String dn, String attribute) {
        try {
            return template.executeReadOnly(context -> {
                Attribute found = context.getAttributes(Jndi.name(dn), new String[] {attribute}).get(attribute);
                List<byte[]> values = new ArrayList<>();
                for (int i = 0; found != null && i < found.size(); i++) {
                    if (!(found.get(i) instanceof byte[] bytes)) {
                        throw new DirectoryException(attribute + " is not read as a binary attribute, so it cannot be"
                                + " written back as a picture: use jpegPhoto, thumbnailPhoto or photo");
                    }
                    values.add(bytes);
                }
                return List.copyOf(values);
            });
        } catch (org.springframework.ldap.NamingException e) {
            throw errors.translate(e, "reading " + attribute + " of " + dn + " as " + config.bindDn(), "");
        }
    }

    /**
     * Where the attribute has no equality rule (OpenLDAP's jpegPhoto: result 18, inappropriate matching), the server
     * cannot compare values, so the bytes are read again and, if still the ones given, set by replace: a narrower
     * check than the server's, with a window between that read and the replace.
     */
    @Override
    public WriteOutcome writeBytes(String dn, String attribute, List<byte[]> oldValues, byte[] newValue) {
        return WriteRefusals.forPicture(swapBytes(dn, attribute, oldValues, newValue), attribute, newValue.length);
    }

    private WriteOutcome swapBytes(String dn, String attribute, List<byte[]> oldValues, byte[] newValue) {
        ModificationItem replace = new ModificationItem(DirContext.REPLACE_ATTRIBUTE,
                new BasicAttribute(attribute, newValue));
        if (oldValues.isEmpty()) {
            return modify(dn, replace);
        }
        BasicAttribute old = new BasicAttribute(attribute);
        oldValues.forEach(old::add);
        WriteOutcome swapped = modify(dn, new ModificationItem(DirContext.REMOVE_ATTRIBUTE, old),
                new ModificationItem(DirContext.ADD_ATTRIBUTE, new BasicAttribute(attribute, newValue)));
        if (swapped.resultCode() != INAPPROPRIATE_MATCHING) {
            return swapped;
        }
        List<byte[]> now = currentBytes(dn, attribute);
        boolean unchanged = now.size() == oldValues.size() && java.util.stream.IntStream.range(0, now.size())
                .allMatch(i -> java.util.Arrays.equals(now.get(i), oldValues.get(i)));
        return unchanged ? modify(dn, replace)
                : WriteOutcome.staleValue(attribute + " changed in the directory since it was read");
    }

    private WriteOutcome modify(String dn, ModificationItem... items) {
        try {
            template.executeReadWrite(context -> {
                context.modifyAttributes(Jndi.name(dn), items);
                return null;
            });
            return WriteOutcome.SUCCESS;
        } catch (org.springframework.ldap.NamingException | DirectoryException e) {
            WriteOutcome outcome = WriteRefusals.of(e, config, dn);
            LOG.info("Write-back to {} on {} as {} refused with result code {}", dn, config.url(), config.bindDn(),
                    outcome.resultCode());
            return outcome;
        }
    }

    @Override
    public String toString() {
        return "LdapDirectoryWriter[" + config + "]";
    }
}
