package dev.profilesync.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.user.UserDetailsManager;
import dev.profilesync.core.Picture;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The profile store, plus Confluence's own profile fields: a field whose key is one of Confluence's standard
 * profile keys (phone, im, website, position, department, location) is also written to the user's Confluence
 * profile through {@link UserDetailsManager}, so it shows on the profile page and in the People Directory.
 * Profile Sync's store stays the record: Confluence keeps the first 255 characters of a profile value (its
 * content property manager cuts longer ones), so a longer value is copied cut to 255 characters, as Confluence would
 * store it, and logged; a user Confluence cannot find is logged and counted. Neither fails the run.
 */
final class StandardProfileFields implements ProfileStore {
    static final Set<String> KEYS = Set.of("phone", "im", "website", "position", "department", "location");
    /** Confluence 8.7.2 stores at most this many characters of a profile value (StringUtils.left(value, 255)). */
    static final int MAX_LENGTH = 255;
    private static final Logger LOG = LoggerFactory.getLogger(StandardProfileFields.class);

    private final ProfileStore store;
    private final UserAccessor users;
    private final UserDetailsManager details;
    private final AtomicLong notMirrored = new AtomicLong();
    private final AtomicLong cut = new AtomicLong();

    private final ConfluenceProfilePictures pictures;
    private final BooleanSupplier pictureReplacesUploaded;

    StandardProfileFields(ProfileStore store, UserAccessor users, UserDetailsManager details) {
        this(store, users, details, null, () -> false);
    }

    /**
     * Also sets synced pictures as Confluence profile pictures; {@code pictureReplacesUploaded} is the admin's
     * choice, read once per batch.
     */
    StandardProfileFields(ProfileStore store, UserAccessor users, UserDetailsManager details,
                          ConfluenceProfilePictures pictures, BooleanSupplier pictureReplacesUploaded) {
        this.store = store;
        this.users = users;
        this.details = details;
        this.pictures = pictures;
        this.pictureReplacesUploaded = pictureReplacesUploaded;
    }

    @Override
    public Map<String, StoredProfile> load(Collection<String> userKeys) {
        return store.load(userKeys);
    }

    @Override
    public void write(Collection<ProfileUpdate> updates) {
        write(updates, java.util.Set.of());
    }

    @Override
    public void write(Collection<ProfileUpdate> updates, java.util.Set<String> takenForNew) {
        store.write(updates, takenForNew);
        for (ProfileUpdate update : updates) {
            mirror(update);
        }
        setPictures(updates);
    }

    @Override
    public boolean keepsSyncDigests() {
        return store.keepsSyncDigests();
    }

    /** Never: Confluence's user details are written through its own services, on the thread the job gave us. */
    @Override
    public boolean writesFromAnyThread() {
        return false;
    }

    @Override
    public Map<String, String> syncDigests(Collection<String> userKeys) {
        return store.syncDigests(userKeys);
    }

    @Override
    public void forEachSyncDigest(java.util.function.BiConsumer<String, String> visitor) {
        store.forEachSyncDigest(visitor);
    }

    @Override
    public java.util.Optional<Picture> picture(String userKey, String fieldKey) {
        return store.picture(userKey, fieldKey);
    }

    /**
     * A new directory picture becomes the profile picture. A removed one leaves Confluence's picture as it is:
     * nothing shown is blanked by the sync, and the person or an admin can change it.
     */
    private void setPictures(Collection<ProfileUpdate> updates) {
        if (pictures == null || updates.stream().allMatch(u -> u.pictures().store().isEmpty())) {
            return;
        }
        boolean replaceUploaded = pictureReplacesUploaded.getAsBoolean();
        for (ProfileUpdate update : updates) {
            // Confluence has one profile picture: the first PICTURE field's, in key order, when several change.
            update.pictures().store().entrySet().stream().min(Map.Entry.comparingByKey()).ifPresent(picture ->
                    pictures.apply(update.username(), picture.getValue(), replaceUploaded));
        }
    }

    @Override
    public void forEach(Consumer<StoredProfile> visitor) {
        store.forEach(visitor);
    }

    @Override
    public java.util.Optional<String> changeStamp() {
        return store.changeStamp();
    }

    @Override
    public java.util.List<String> usernamesStartingWith(String prefix, int limit) {
        return store.usernamesStartingWith(prefix, limit);
    }

    @Override
    public java.util.Optional<java.time.Instant> lastWritten(String userKey) {
        return store.lastWritten(userKey);
    }

    /** Values that could not be copied to Confluence's profile since the plugin started. */
    long notMirrored() {
        return notMirrored.get();
    }

    /** Values copied cut to {@link #MAX_LENGTH} characters since the plugin started. */
    long cut() {
        return cut.get();
    }

    private void mirror(ProfileUpdate update) {
        boolean touchesStandard = update.set().keySet().stream().anyMatch(KEYS::contains)
                || update.remove().stream().anyMatch(KEYS::contains);
        if (!touchesStandard) {
            return;
        }
        try {
            ConfluenceUser user = users.getUserByName(update.username());
            if (user == null) {
                notMirrored.incrementAndGet();
                LOG.warn("Profile Sync could not copy standard profile fields of '{}': Confluence has no such user",
                        update.username());
                return;
            }
            update.set().forEach((key, value) -> set(user, update.username(), key, value));
            update.remove().stream().filter(KEYS::contains).forEach(key -> details.removeProperty(user, key));
        } catch (RuntimeException e) {
            notMirrored.incrementAndGet();
            LOG.warn("Profile Sync could not copy standard profile fields of '{}' to Confluence; Profile Sync's own "
                    + "values were saved", update.username(), e);
        }
    }

    private void set(ConfluenceUser user, String username, String key, String value) {
        if (!KEYS.contains(key)) {
            return;
        }
        if (value.length() > MAX_LENGTH) {
            cut.incrementAndGet();
            LOG.info("Profile Sync copied '{}' of '{}' to Confluence's profile cut to {} of its {} characters, as "
                    + "Confluence keeps no more. Profile Sync's field holds the whole value.", key, username,
                    MAX_LENGTH, value.length());
            details.setStringProperty(user, key, firstChars(value));
            return;
        }
        details.setStringProperty(user, key, value);
    }

    /** The first {@link #MAX_LENGTH} characters, one fewer where the cut would split a surrogate pair. */
    private static String firstChars(String value) {
        int end = Character.isHighSurrogate(value.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return value.substring(0, end);
    }
}
