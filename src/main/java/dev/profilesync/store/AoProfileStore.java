package dev.profilesync.store;

import dev.profilesync.core.Picture;
import dev.profilesync.core.ProfileUpdate;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.port.ProfileStore;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Profiles in two tables, two rows per user: identity ({@link ProfileEntity}) and all values
 * ({@link ProfileFieldsEntity}, by the identity row's id); values of earlier versions are read from their old table
 * until a write moves them ({@link LegacyValues}). Loading costs one IN query per table and 1,000 users, whatever the
 * number of fields; writing is {@link ProfileWriter}'s, which trusts what a load just read ({@link RecentReads}).
 * Thread-safe.
 */
final class AoProfileStore implements ProfileStore {
    private static final Logger LOG = LoggerFactory.getLogger(AoProfileStore.class);
    static final int PAGE_SIZE = InClause.MAX_ITEMS;
    static final int DIGEST_PAGE = 10_000;
    private static final List<String> IDENTITY_COLUMNS = List.of("ID", "USER_KEY", "USERNAME", "ENTRY_UUID");
    private static final List<String> DIGEST_COLUMNS = List.of("ID", "USER_KEY", "SYNC_DIGEST");
    /** The values of {@link #DIGEST_COLUMNS} from an entity, where the host reads through AO's stream. */
    private static final Function<ProfileEntity, Object[]> DIGEST_VALUES =
            row -> new Object[] {row.getID(), row.getUserKey(), row.getSyncDigest()};

    private final AoAccess ao;
    private final ProfileWriter writer;
    private final AoProfileLookup lookup;
    private final LegacyValues legacy;
    private final RecentReads recentReads = new RecentReads();

    AoProfileStore(AoAccess ao, Clock clock) {
        this.ao = ao;
        this.legacy = new LegacyValues(ao);
        this.writer = new ProfileWriter(ao, clock, legacy, recentReads);
        this.lookup = new AoProfileLookup(ao);
    }

    /** Remembers what it read ({@link RecentReads}): a sync writes the users it loads right after. */
    @Override
    public Map<String, StoredProfile> load(Collection<String> userKeys) {
        return load(userKeys, true);
    }

    private Map<String, StoredProfile> load(Collection<String> userKeys, boolean remember) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ao.executeInTransaction(() -> {
            Map<String, ProfileRows> rows = new HashMap<>();
            for (List<String> chunk : InClause.chunks(keys)) {
                readChunk(chunk, rows);
            }
            Map<String, StoredProfile> profiles = new HashMap<>(rows.size() * 2);
            rows.forEach((key, row) -> {
                profiles.put(key, row.toProfile(key));
                if (remember) {
                    recentReads.remember(key, row.identityId, row.values);
                }
            });
            return profiles;
        });
    }

    @Override
    public void write(Collection<ProfileUpdate> updates) {
        writer.write(updates, Set.of());
    }

    @Override
    public void write(Collection<ProfileUpdate> updates, Set<String> takenForNew) {
        writer.write(updates, takenForNew);
    }

    @Override
    public void syncFinished() {
        legacy.recheck();
        long inserted = writer.takeInserted();
        if (inserted == 0) {
            return;
        }
        try {
            if (ao.refreshStatistics(inserted, ProfileEntity.class, ProfileFieldsEntity.class)) {
                LOG.debug("Refreshed the profile tables' statistics after {} inserted rows", inserted);
            }
        } catch (RuntimeException e) {
            // Stale statistics slow queries down, they break none: the database's own upkeep catches up later.
            LOG.warn("Could not refresh the profile tables' statistics after {} inserted rows; the database's "
                    + "autovacuum will", inserted, e);
        }
    }

    @Override
    public boolean keepsSyncDigests() {
        return true;
    }

    @Override
    public boolean writesFromAnyThread() {
        return ao.transactionsOnAnyThread();
    }

    /**
     * Pages through the identity table in id order, {@link #DIGEST_PAGE} rows a page, each page its own short
     * transaction: a primary-key range scan, no value row, and never the whole table in memory at once. Id order,
     * not user-key order: rows lie on disk roughly in the order they were inserted, so HSQLDB's disk-backed tables
     * read them from neighbouring blocks instead of jumping across the file for each key (the read of 100,000
     * digests was a third of an unchanged full sync). A profile rewritten during the read gets a higher id than any
     * before and is met again further on; one rewritten after the last page is simply not listed, which the
     * caller's contract allows ({@link ProfileStore#write(Collection, Set)}).
     */
    @Override
    public void forEachSyncDigest(BiConsumer<String, String> visitor) {
        int after = 0;
        while (true) {
            int from = after;
            List<DigestRow> page = ao.executeInTransaction(() -> digestPage(from));
            page.forEach(row -> visitor.accept(row.userKey(), row.digest() == null ? "" : row.digest()));
            if (page.size() < DIGEST_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private List<DigestRow> digestPage(int afterId) {
        List<DigestRow> rows = new ArrayList<>(DIGEST_PAGE);
        ao.pageById(ProfileEntity.class, DIGEST_COLUMNS, afterId, DIGEST_PAGE, DIGEST_VALUES,
                values -> rows.add(new DigestRow(((Number) values[0]).intValue(), (String) values[1],
                        (String) values[2])));
        return rows;
    }

    private record DigestRow(int id, String userKey, String digest) {
    }

    /**
     * One IN query per 1,000 users on the identity table alone: no value row is read. No transaction: each user's
     * digest stands on its own, so the queries need not see one snapshot, and a login sync saves the commit's round
     * trip.
     */
    @Override
    public Map<String, String> syncDigests(Collection<String> userKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> digests = new HashMap<>(keys.size() * 2);
        for (List<String> chunk : InClause.chunks(keys)) {
            ao.selectIn(ProfileEntity.class, DIGEST_COLUMNS, "USER_KEY", chunk, DIGEST_VALUES,
                    values -> digests.put((String) values[1], values[2] == null ? "" : (String) values[2]));
        }
        return digests;
    }

    /**
     * Pages through the profiles by user key, 1,000 at a time, each page read in its own short transaction, so
     * neither the values of every user nor a long-open transaction are held while the visitor works.
     */
    @Override
    public void forEach(Consumer<StoredProfile> visitor) {
        String after = null;
        while (true) {
            String from = after;
            List<String> page = ao.executeInTransaction(() -> nextKeys(from));
            if (page.isEmpty()) {
                return;
            }
            // Not remembered: visiting every profile is no sign that these are written next.
            Map<String, StoredProfile> profiles = load(page, false);
            page.stream().map(profiles::get).filter(Objects::nonNull).forEach(visitor);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = page.get(page.size() - 1);
        }
    }

    /**
     * The highest identity row id and the number of rows: every write replaces the identity rows of the users it
     * touches (new ids), so any write changes the stamp. Two primary-key reads.
     */
    @Override
    public Optional<String> changeStamp() {
        return Optional.of(ao.executeInTransaction(() -> {
            ProfileEntity[] newest = ao.find(ProfileEntity.class, Query.select("ID").order("ID DESC").limit(1));
            int count = ao.count(ProfileEntity.class, Query.select("ID"));
            return (newest.length == 0 ? 0 : newest[0].getID()) + "/" + count;
        }));
    }

    @Override
    public Optional<Picture> picture(String userKey, String fieldKey) {
        return ao.executeInTransaction(() -> {
            ProfilePictureEntity[] rows = ao.find(ProfilePictureEntity.class,
                    Query.select("ID, USER_KEY, FIELD_KEY, DIGEST, MEDIA_TYPE, IMAGE_DATA")
                            .where("USER_KEY = ? AND FIELD_KEY = ?", userKey, fieldKey).limit(1));
            if (rows.length == 0 || rows[0].getImageData() == null) {
                return Optional.<Picture>empty();
            }
            ProfilePictureEntity row = rows[0];
            return Optional.of(new Picture(row.getDigest(), row.getMediaType(),
                    Base64.getDecoder().decode(row.getImageData())));
        });
    }

    @Override
    public List<String> usernamesStartingWith(String prefix, int limit) {
        return lookup.usernamesStartingWith(prefix, limit);
    }

    @Override
    public Optional<java.time.Instant> lastWritten(String userKey) {
        return lookup.lastWritten(userKey);
    }

    private List<String> nextKeys(String after) {
        Query query = Query.select("ID, USER_KEY").order("USER_KEY").limit(PAGE_SIZE);
        if (after != null) {
            query = query.where("USER_KEY > ?", after);
        }
        List<String> keys = new ArrayList<>(PAGE_SIZE);
        ao.stream(ProfileEntity.class, query, (ProfileEntity row) -> keys.add(row.getUserKey()));
        return keys;
    }

    private void readChunk(List<String> chunk, Map<String, ProfileRows> rows) {
        Map<Integer, String> userKeyOf = new HashMap<>(chunk.size() * 2);
        ao.selectIn(ProfileEntity.class, IDENTITY_COLUMNS, "USER_KEY", chunk, row -> new Object[] {row.getID(),
                row.getUserKey(), row.getUsername(), row.getEntryUuid()}, values -> {
                    String userKey = (String) values[1];
                    rows.computeIfAbsent(userKey, k -> new ProfileRows()).identity(values);
                    userKeyOf.put(((Number) values[0]).intValue(), userKey);
                });
        if (!userKeyOf.isEmpty()) {
            FieldSetRows.read(ao, userKeyOf, (userKey, values) -> rows.get(userKey).values.putAll(values));
        }
        legacy.read(chunk, (userKey, values) -> {
            ProfileRows profile = rows.get(userKey);
            if (profile != null) {
                values.forEach(profile.values::putIfAbsent);
            }
        });
    }

    /** What the tables hold for one user, gathered while streaming. */
    private static final class ProfileRows {
        private String username = "";
        private String entryUuid = "";
        private int identityId;
        private final Map<String, String> values = new HashMap<>();

        /** From the values of {@link #IDENTITY_COLUMNS}. */
        void identity(Object[] row) {
            identityId = ((Number) row[0]).intValue();
            username = (String) row[2];
            entryUuid = (String) row[3];
        }

        StoredProfile toProfile(String userKey) {
            return new StoredProfile(userKey, username, entryUuid, values);
        }
    }
}
