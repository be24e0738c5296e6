package dev.profilesync.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A request for one run.
 *
 * @param mode     what to read
 * @param trigger  who asked
 * @param username the user for {@link SyncMode#SINGLE_USER}; surrounding whitespace is dropped (see {@link Usernames})
 * @param dryRun   compute and report every change without writing anything
 * @param asConfigured the mode is the settings' to choose: incremental when incremental sync is enabled, else full
 *                 (the engine decides, {@link #resolvedWith}); {@code mode} is then only a placeholder
 */
public record SyncRequest(SyncMode mode, SyncTrigger trigger, Optional<String> username, boolean dryRun,
                          boolean asConfigured) {
    public SyncRequest {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(trigger, "trigger");
        username = username == null ? Optional.empty() : username.map(Usernames::normalise);
        InvalidSettingException.require(mode != SyncMode.SINGLE_USER || username.filter(u -> !u.isBlank()).isPresent(),
                "user", "request.user.missing", "a single-user sync needs a username");
    }

    public SyncRequest(SyncMode mode, SyncTrigger trigger, Optional<String> username, boolean dryRun) {
        this(mode, trigger, username, dryRun, false);
    }

    /** A scheduled (or otherwise unspecified) run: incremental when the settings enable it, else full. */
    public static SyncRequest asConfigured(SyncTrigger trigger) {
        return new SyncRequest(SyncMode.FULL, trigger, Optional.empty(), false, true);
    }

    public static SyncRequest full(SyncTrigger trigger) {
        return new SyncRequest(SyncMode.FULL, trigger, Optional.empty(), false);
    }

    public static SyncRequest incremental(SyncTrigger trigger) {
        return new SyncRequest(SyncMode.INCREMENTAL, trigger, Optional.empty(), false);
    }

    public static SyncRequest user(String username, SyncTrigger trigger) {
        return new SyncRequest(SyncMode.SINGLE_USER, trigger, Optional.of(username), false);
    }

    public SyncRequest asDryRun() {
        return new SyncRequest(mode, trigger, username, true, asConfigured);
    }

    /**
     * The one place that says what "as configured" means: incremental when the settings enable incremental sync,
     * else full. A request with its mode given is returned as it is.
     */
    public SyncRequest resolvedWith(SyncSettings settings) {
        if (!asConfigured) {
            return this;
        }
        SyncMode chosen = settings.incrementalEnabled() ? SyncMode.INCREMENTAL : SyncMode.FULL;
        return new SyncRequest(chosen, trigger, username, dryRun, false);
    }
}
