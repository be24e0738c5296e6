package dev.profilesync.core.edit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One write-back attempt: who changed which entry when, each field from old to new, and how it ended.
 *
 * @param at          when the directory answered
 * @param actor       who saved: the person themselves, or the admin running Save and test
 * @param directoryId the directory written to
 * @param dn          the entry written to
 * @param changes     the fields, each with its old and new value
 * @param result      how it ended
 * @param resultCode  the LDAP result code (0 when written, -1 when the server never answered or nothing was sent)
 * @param message     the refusal or conflict in words; empty when written
 */
public record WriteBackRecord(Instant at, String actor, String directoryId, String dn, List<Change> changes,
                              Result result, int resultCode, String message) {

    public enum Result {
        WRITTEN,
        /** The directory's value changed since the form opened; nothing written, the person chooses. */
        CONFLICT,
        REFUSED
    }

    /** One field: the value before and the value asked for. */
    public record Change(String fieldKey, String attribute, String oldValue, String newValue) {
        public Change {
            oldValue = oldValue == null ? "" : oldValue;
            newValue = newValue == null ? "" : newValue;
        }
    }

    public WriteBackRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(result, "result");
        actor = actor == null ? "" : actor;
        changes = List.copyOf(changes);
        message = message == null ? "" : message;
    }
}
