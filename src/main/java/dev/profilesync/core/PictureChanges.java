package dev.profilesync.core;

import java.util.Map;
import java.util.Set;

/**
 * The pictures one update stores or removes, by field key. They travel with the field values (whose value is the
 * picture's digest) so the store writes both in the same transaction.
 */
public record PictureChanges(Map<String, Picture> store, Set<String> remove) {
    public static final PictureChanges NONE = new PictureChanges(Map.of(), Set.of());

    public PictureChanges {
        store = Map.copyOf(store);
        remove = Set.copyOf(remove);
    }

    public boolean isEmpty() {
        return store.isEmpty() && remove.isEmpty();
    }
}
