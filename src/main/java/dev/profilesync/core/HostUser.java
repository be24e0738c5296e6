package dev.profilesync.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A user as the host (Confluence, or the standalone runner) knows them.
 *
 * @param userKey     the host's stable key; profiles are stored under it so a rename keeps the profile
 * @param username    the login name, matched case-insensitively against the directory's username attribute
 * @param deactivated the account cannot log in
 * @param hidden      the account is left out of user search
 * @param licensed    the user may use the product
 * @param directoryId the host directory the user belongs to, when the host knows it; empty means "first that has them"
 * @param fullName    the name people see, when the host keeps one (Confluence does); empty otherwise
 */
public record HostUser(String userKey, String username, boolean deactivated, boolean hidden, boolean licensed,
                       Optional<String> directoryId, String fullName) {

    public HostUser {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(username, "username");
        directoryId = directoryId == null ? Optional.empty() : directoryId;
        fullName = fullName == null ? "" : fullName.strip();
    }

    /** A user whose host keeps no full name. */
    public HostUser(String userKey, String username, boolean deactivated, boolean hidden, boolean licensed,
                    Optional<String> directoryId) {
        this(userKey, username, deactivated, hidden, licensed, directoryId, "");
    }

    /** An active, visible, licensed user whose key is their name, as the standalone host has them. */
    public static HostUser active(String username) {
        return new HostUser(username, username, false, false, true, Optional.empty());
    }
}
