package dev.profilesync.core;

/** The outcome of mapping one field for one entry. */
sealed interface MappedValue {

    /** The entry gives this value. */
    record Present(String value) implements MappedValue {
    }

    /** The entry has no value for the field. */
    record Missing() implements MappedValue {
    }

    /** The entry has a value that cannot be stored; the stored value is kept and the reason reported. */
    record Rejected(String reason) implements MappedValue {
    }

    Missing MISSING = new Missing();
}
