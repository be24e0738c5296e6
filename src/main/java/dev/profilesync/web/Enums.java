package dev.profilesync.web;

import dev.profilesync.core.InvalidSettingException;

import java.util.Locale;

/** Reads an enum constant sent by the page, or says which setting got what instead. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String setting, String allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, "request.choice", "'" + value + "' is not one of: " + allowed, e);
        }
    }
}
