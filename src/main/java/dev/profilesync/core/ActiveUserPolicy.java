package dev.profilesync.core;

/** Which host users count as active: only active users are synced and exported. */
public enum ActiveUserPolicy {
    /** Every user the host knows. */
    ALL,
    /** Users that are neither deactivated nor hidden from user search. */
    VISIBLE;

    public boolean isActive(HostUser user) {
        return this == ALL || (!user.deactivated() && !user.hidden());
    }
}
