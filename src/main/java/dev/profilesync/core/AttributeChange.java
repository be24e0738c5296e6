package dev.profilesync.core;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of one entry to change: the values it held when last read, and the one value it should hold.
 *
 * @param attribute the LDAP attribute, as the field definition names it
 * @param oldValues the values read just before the write; empty when the attribute had none
 * @param newValue  the value to write; empty removes the old values
 */
public record AttributeChange(String attribute, List<String> oldValues, String newValue) {
    public AttributeChange {
        Objects.requireNonNull(attribute, "attribute");
        oldValues = oldValues == null ? List.of() : List.copyOf(oldValues);
        newValue = newValue == null ? "" : newValue;
    }
}
