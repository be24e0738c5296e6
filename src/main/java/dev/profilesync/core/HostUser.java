package dev.profilesync.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A user as the host (Confluence, or the standalone runner) knows them. An immutable value; thread-safe.
 *
 * <p>Whether the user is licensed is asked of the host only when something reads {@link #licensed()} (the
 * Unlicensed User policy listing users to readers), at most once per value: a sync never needs it, and Confluence's
 * licence check costs a lookup per user.
 */
public final class HostUser {
    private final String userKey;
    private final String username;
    private final boolean deactivated;
    private final boolean hidden;
    private final BooleanSupplier licence;
    private final Optional<String> directoryId;
    private final String fullName;
    private volatile Boolean licensed;

    /**
     * @param userKey     the host's stable key; profiles are stored under it so a rename keeps the profile
     * @param username    the login name, matched case-insensitively against the directory's username attribute
     * @param deactivated the account cannot log in
     * @param hidden      the account is left out of user search
     * @param licensed    the user may use the product
     * @param directoryId the host directory the user belongs to, when the host knows it; empty means "first that
     *                    has them"
     */
    public HostUser(String userKey, String username, boolean deactivated, boolean hidden, boolean licensed,
                    Optional<String> directoryId) {
        this(userKey, username, deactivated, hidden, () -> licensed, directoryId, "");
    }

    /** As above, with the name people see, when the host keeps one (Confluence does). */
    public HostUser(String userKey, String username, boolean deactivated, boolean hidden, boolean licensed,
                    Optional<String> directoryId, String fullName) {
        this(userKey, username, deactivated, hidden, () -> licensed, directoryId, fullName);
    }

    /** As above, with the licence asked of {@code licence} when first needed. */
    public HostUser(String userKey, String username, boolean deactivated, boolean hidden, BooleanSupplier licence,
                    Optional<String> directoryId) {
        this(userKey, username, deactivated, hidden, licence, directoryId, "");
    }

    /** As above, with the licence asked when first needed and the full name. */
    public HostUser(String userKey, String username, boolean deactivated, boolean hidden, BooleanSupplier licence,
                    Optional<String> directoryId, String fullName) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
        this.username = Objects.requireNonNull(username, "username");
        this.deactivated = deactivated;
        this.hidden = hidden;
        this.licence = Objects.requireNonNull(licence, "licence");
        this.directoryId = directoryId == null ? Optional.empty() : directoryId;
        this.fullName = fullName == null ? "" : fullName.strip();
    }

    /** An active, visible, licensed user whose key is their name, as the standalone host has them. */
    public static HostUser active(String username) {
        return new HostUser(username, username, false, false, true, Optional.empty());
    }

    public String userKey() {
        return userKey;
    }

    public String username() {
        return username;
    }

    public boolean deactivated() {
        return deactivated;
    }

    public boolean hidden() {
        return hidden;
    }

    /** Whether the user may use the product; asked of the host the first time, then kept. */
    public boolean licensed() {
        Boolean known = licensed;
        if (known == null) {
            known = licence.getAsBoolean();
            licensed = known;
        }
        return known;
    }

    public Optional<String> directoryId() {
        return directoryId;
    }

    /** The name people see, when the host keeps one; empty otherwise. */
    public String fullName() {
        return fullName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostUser that && userKey.equals(that.userKey) && username.equals(that.username)
                && deactivated == that.deactivated && hidden == that.hidden && licensed() == that.licensed()
                && directoryId.equals(that.directoryId) && fullName.equals(that.fullName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userKey, username, deactivated, hidden, directoryId);
    }

    /** Without the licence, so that printing a user never costs a licence check. */
    @Override
    public String toString() {
        return "HostUser[userKey=" + userKey + ", username=" + username + ", deactivated=" + deactivated + ", hidden="
                + hidden + ", directoryId=" + directoryId.orElse("") + "]";
    }
}
