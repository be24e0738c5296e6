package dev.profilesync.core;

/**
 * The admin's settings for how and when syncs run. Immutable; validated when built.
 *
 * @param activeUserPolicy     which users are synced
 * @param unlicensedPolicy     whether unlicensed users are listed to readers
 * @param incrementalEnabled   scheduled runs read only entries changed since the last run
 * @param timestampPattern     how the last-sync time is written in the directory's timestamp filter
 * @param loginSyncEnabled     sync the user who logs in (off by default: it must never slow logins)
 * @param safetyThresholdPercent a full run that reads fewer entries than this share of the last full run clears nothing
 * @param batchSize            users written per transaction
 * @param schedule             cron expression of the scheduled job, for hosts that let the app keep it
 * @param pictureReplacesUploaded a directory picture replaces a profile picture the person uploaded themselves (off:
 *                             theirs is kept; hosts without uploads ignore it)
 */
public record SyncSettings(
        ActiveUserPolicy activeUserPolicy,
        UnlicensedUserPolicy unlicensedPolicy,
        boolean incrementalEnabled,
        TimestampPattern timestampPattern,
        boolean loginSyncEnabled,
        int safetyThresholdPercent,
        int batchSize,
        String schedule,
        boolean pictureReplacesUploaded) {

    public static final String DEFAULT_SCHEDULE = "0 11 1 * * ?";

    public SyncSettings {
        activeUserPolicy = activeUserPolicy == null ? ActiveUserPolicy.VISIBLE : activeUserPolicy;
        unlicensedPolicy = unlicensedPolicy == null ? UnlicensedUserPolicy.SHOW : unlicensedPolicy;
        timestampPattern = timestampPattern == null ? TimestampPattern.OPENLDAP : timestampPattern;
        InvalidSettingException.require(safetyThresholdPercent >= 0 && safetyThresholdPercent <= 100,
                "safetyThresholdPercent", "settings.threshold.range",
                "safety threshold must be a percentage from 0 (off) to 100, got " + safetyThresholdPercent);
        InvalidSettingException.require(batchSize >= 1 && batchSize <= 10_000, "batchSize", "settings.batch.range",
                "batch size must be from 1 to 10000 users, got " + batchSize);
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule.trim();
    }

    /** Settings that keep a picture the person uploaded. */
    public SyncSettings(ActiveUserPolicy activeUserPolicy, UnlicensedUserPolicy unlicensedPolicy,
                        boolean incrementalEnabled, TimestampPattern timestampPattern, boolean loginSyncEnabled,
                        int safetyThresholdPercent, int batchSize, String schedule) {
        this(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern, loginSyncEnabled,
                safetyThresholdPercent, batchSize, schedule, false);
    }

    public SyncSettings withPictureReplacesUploaded(boolean replaces) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern,
                loginSyncEnabled, safetyThresholdPercent, batchSize, schedule, replaces);
    }

    public static SyncSettings defaults() {
        return new SyncSettings(ActiveUserPolicy.VISIBLE, UnlicensedUserPolicy.SHOW, false, TimestampPattern.OPENLDAP,
                false, 50, 1000, DEFAULT_SCHEDULE);
    }

    public SyncSettings withActiveUserPolicy(ActiveUserPolicy policy) {
        return new SyncSettings(policy, unlicensedPolicy, incrementalEnabled, timestampPattern, loginSyncEnabled,
                safetyThresholdPercent, batchSize, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withUnlicensedPolicy(UnlicensedUserPolicy policy) {
        return new SyncSettings(activeUserPolicy, policy, incrementalEnabled, timestampPattern, loginSyncEnabled,
                safetyThresholdPercent, batchSize, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withIncremental(boolean enabled, TimestampPattern pattern) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, enabled, pattern, loginSyncEnabled,
                safetyThresholdPercent, batchSize, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withLoginSync(boolean enabled) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern, enabled,
                safetyThresholdPercent, batchSize, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withSafetyThreshold(int percent) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern,
                loginSyncEnabled, percent, batchSize, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withBatchSize(int size) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern,
                loginSyncEnabled, safetyThresholdPercent, size, schedule, pictureReplacesUploaded);
    }

    public SyncSettings withSchedule(String cron) {
        return new SyncSettings(activeUserPolicy, unlicensedPolicy, incrementalEnabled, timestampPattern,
                loginSyncEnabled, safetyThresholdPercent, batchSize, cron, pictureReplacesUploaded);
    }
}
