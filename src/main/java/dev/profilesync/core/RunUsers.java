package dev.profilesync.core;

import java.util.List;
import java.util.function.Predicate;

/**
 * The host users one full or incremental run matches directory entries to, by {@link Usernames#matchKey}: those the
 * host lists up front, and those it answered for when an entry named them (hosts that do not list everyone). Of the
 * latter only the user key and whether they were active are kept, a few dozen bytes each, so a host that creates
 * users on demand does not leave the run holding a {@link HostUser} per entry; a later entry with the same name
 * asks the host again. Also which users were taken, by user key. Confined to its run's thread.
 */
final class RunUsers {
    private static final int ACTIVE = 1;
    private static final int INACTIVE = 0;

    private final HostUser[] listed;
    private final PackedKeys listedByName = new PackedKeys();
    private final PackedKeys unlistedByName = new PackedKeys();
    private final PackedKeys taken = new PackedKeys();

    /** Indexes the listed users; a later user with the same match key replaces an earlier one. */
    RunUsers(List<HostUser> all) {
        this.listed = all.toArray(new HostUser[0]);
        for (int i = 0; i < listed.length; i++) {
            listedByName.put(Usernames.matchKey(listed[i].username()), i);
        }
    }

    /** The listed user with this match key, or null. */
    HostUser listedUser(String matchKey) {
        int index = listedByName.get(matchKey);
        return index == PackedKeys.ABSENT ? null : listed[index];
    }

    /** Whether an entry with this match key already brought an unlisted user into the run. */
    boolean seenUnlisted(String matchKey) {
        return unlistedByName.contains(matchKey);
    }

    /** Remembers an unlisted user the first time an entry names them. */
    void rememberUnlisted(String matchKey, HostUser user, boolean active) {
        unlistedByName.addWithText(matchKey, active ? ACTIVE : INACTIVE, user.userKey());
    }

    /** Takes the user for this run; false when an earlier entry took them, as {@code Set.add}. */
    boolean take(String userKey) {
        return taken.add(userKey);
    }

    /** Active users, listed or met, that no entry took: those a full run found in no directory. */
    long activeNotTaken(Predicate<HostUser> active) {
        long count = 0;
        for (int entry = 0; entry < listedByName.size(); entry++) {
            HostUser user = listed[listedByName.value(entry)];
            if (active.test(user) && !taken.contains(user.userKey())) {
                count++;
            }
        }
        for (int entry = 0; entry < unlistedByName.size(); entry++) {
            if (unlistedByName.value(entry) == ACTIVE && !taken.contains(unlistedByName.text(entry))) {
                count++;
            }
        }
        return count;
    }
}
