package dev.profilesync.core;

import dev.profilesync.core.port.DirectoryReader;
import dev.profilesync.core.port.EntrySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One full or incremental run: streams each directory in order, matches entries to active host users, and writes
 * what changed in batches of one transaction each. Confined to the thread that runs it, apart from each directory's
 * read, which runs one batch ahead on a thread of its own ({@link ReadAhead}).
 */
final class SyncRun {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRun.class);
    private final SyncPorts ports;
    private final SyncRequest request;
    private final SyncSettings settings;
    private final SyncState state;
    private final List<FieldDefinition> fields;
    private final Set<String> attributes;
    private final ReportBuilder report;
    private final ProgressTracker progress;
    private RunUsers users;
    private final List<Candidate> batch = new ArrayList<>();
    private final List<PendingClear> pendingClears = new ArrayList<>();
    private final DnCache dnCache;
    private final ProfileDiffer differ;
    private DigestSnapshot snapshot = DigestSnapshot.EMPTY;
    private long entriesRead;
    private long usersProcessed;
    private boolean directoryFailed;
    /** The read of the directory being synced, while one is. */
    private ReadAhead readAhead;
    /** Where the batches are written: behind the engine thread when the store allows it. */
    private WriteBehind writes = WriteBehind.NOW;
    /** Where a batch's references are looked up while its digests are read, when those reads can overlap. */
    private BesideLookups lookups = BesideLookups.INLINE;

    SyncRun(SyncPorts ports, SyncRequest request, SyncSettings settings, SyncState state,
            List<FieldDefinition> fields, ReportBuilder report, ProgressTracker progress, boolean deferClears) {
        this.ports = ports;
        this.request = request;
        this.settings = settings;
        this.state = state;
        this.fields = fields;
        this.report = report;
        this.progress = progress;
        this.attributes = attributesRead(fields);
        this.dnCache = new DnCache(fields.stream().anyMatch(FieldDefinition::dnToUsername),
                ports.directories().directories());
        this.differ = new ProfileDiffer(fields, dnCache, report, deferClears, ports.pictures(),
                ports.profiles().keepsSyncDigests());
    }

    /** Tells each reader which attributes hold pictures, so they arrive as bytes. */
    static void declarePictureAttributes(List<FieldDefinition> fields, List<DirectoryReader> readers) {
        Set<String> binary = new LinkedHashSet<>();
        fields.stream().filter(field -> field.type() == FieldType.PICTURE).forEach(f -> binary.add(f.ldapAttribute()));
        readers.forEach(reader -> reader.readAsBinary(binary));
    }

    static Set<String> attributesRead(List<FieldDefinition> fields) {
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(field -> names.addAll(field.attributesRead()));
        return names;
    }

    /** Runs full or, when {@code changedSince} is present, incremental; returns whether clears were allowed. */
    boolean execute(Optional<Instant> changedSince) {
        if (ports.profiles().writesFromAnyThread()) {
            writes = WriteBehind.onOwnThread("profile-sync-write");
        }
        if (changedSince.isPresent()) {
            lookups = BesideLookups.onOwnThread("profile-sync-references");
        }
        try (WriteBehind closingWrites = writes; BesideLookups closingLookups = lookups) {
            return readAndWrite(changedSince);
        }
    }

    private boolean readAndWrite(Optional<Instant> changedSince) {
        indexHostUsers(changedSince.isEmpty());
        if (changedSince.isEmpty() && differ.makesDigests()) {
            // A full run meets nearly every stored user: one streaming read beats a query per batch. An incremental
            // run meets few, and asks for them with their batch.
            snapshot = readSnapshot();
        }
        declarePictureAttributes(fields, ports.directories().directories());
        for (DirectoryReader reader : ports.directories().directories()) {
            readDirectory(reader, changedSince);
        }
        ports.directories().skippedDirectories().forEach((name, reason) ->
                report.note("Directory '" + name + "' was skipped: " + reason));
        // Every batch written and its outcome counted before the clears are weighed.
        writes.finish();
        if (changedSince.isPresent()) {
            return true;
        }
        report.skip(SyncReport.SkipReason.NOT_IN_DIRECTORY, users.activeNotTaken(settings.activeUserPolicy()::isActive));
        List<PendingClear> allowed = ClearGuard.allowed(pendingClears, entriesRead, usersProcessed, state, settings,
                differ, report, directoryFailed);
        if (!allowed.isEmpty() && !request.dryRun() && ports.accessMode().isReadOnly()) {
            throw new ReadOnlyStop();
        }
        Set<String> pictureFields = new HashSet<>();
        fields.stream().filter(f -> f.type() == FieldType.PICTURE).forEach(f -> pictureFields.add(f.key()));
        new ClearWriter(ports.profiles(), report, request.dryRun(), settings.batchSize(), pictureFields).write(allowed);
        return allowed.size() == pendingClears.size() && entriesRead > 0;
    }

    private DigestSnapshot readSnapshot() {
        try {
            return DigestSnapshot.of(ports.profiles());
        } catch (RuntimeException e) {
            // The snapshot only saves queries: without it every batch asks the store, as it always could.
            LOG.warn("Could not read the stored sync digests; comparing batch by batch", e);
            return DigestSnapshot.EMPTY;
        }
    }

    long entriesRead() {
        return entriesRead;
    }

    private void indexHostUsers(boolean full) {
        long active = 0;
        List<HostUser> all = ports.hostUsers().all();
        users = new RunUsers(all);
        for (HostUser user : all) {
            if (settings.activeUserPolicy().isActive(user)) {
                active++;
            } else if (full) {
                report.skip(SyncReport.SkipReason.INACTIVE);
            }
        }
        if (full) {
            report.scanned(active);
            // Hosts that do not list every user up front are estimated from the last full run.
            progress.total(Math.max(active, state.lastFullEntryCount()));
        }
    }

    private void readDirectory(DirectoryReader reader, Optional<Instant> changedSince) {
        progress.directory(reader.name());
        ReportBuilder.DirectoryTally tally = report.directory(reader.name());
        DirectoryPass pass = new DirectoryPass(reader, tally, changedSince.isPresent());
        dnCache.use(reader);
        readAhead = new ReadAhead();
        try {
            if (changedSince.isPresent()) {
                // One second back: timestamps have one-second resolution and >= keeps the boundary second.
                String since = settings.timestampPattern().format(changedSince.get().minusSeconds(1));
                readAhead.start(threadName(reader), sink -> reader.readChangedSince(since, attributes, sink),
                        settings.batchSize());
            } else {
                readAhead.start(threadName(reader), sink -> reader.readAll(attributes, sink), settings.batchSize());
            }
            handOut(pass);
        } catch (DirectoryException e) {
            directoryFailed = true;
            tally.error = e.getMessage();
            report.error("Directory '" + reader.name() + "': " + e.getMessage());
        } finally {
            // Stopping first: a run that ends early leaves no read (nor its connection) behind.
            readAhead.stop();
            readAhead = null;
            // Entries read before a failure are whole entries: they are synced.
            flush();
        }
    }

    private static String threadName(DirectoryReader reader) {
        return "profile-sync-read-" + reader.id();
    }

    /** Hands the read's entries to the pass on this thread, in the order read. */
    private void handOut(DirectoryPass pass) {
        for (Object item = readAhead.next(settings.batchSize() - batch.size()); item != null;
             item = readAhead.next(settings.batchSize() - batch.size())) {
            if (item instanceof DirectoryEntry entry) {
                pass.entry(entry);
            } else {
                ReadAhead.Unreadable unreadable = (ReadAhead.Unreadable) item;
                pass.unreadable(unreadable.dn(), unreadable.reason());
            }
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        if (!request.dryRun() && ports.accessMode().isReadOnly()) {
            throw new ReadOnlyStop();
        }
        if (readAhead != null) {
            readAhead.allow(settings.batchSize());
        }
        new BatchWriter(ports.profiles(), differ, report, request.dryRun(), snapshot, writes, lookups)
                .write(batch, pendingClears::add);
        usersProcessed += batch.size();
        progress.processed(batch.size());
        batch.clear();
    }

    /** Receives one directory's entries. */
    private final class DirectoryPass implements EntrySink {
        private final DirectoryReader reader;
        private final ReportBuilder.DirectoryTally tally;
        private final boolean incremental;

        DirectoryPass(DirectoryReader reader, ReportBuilder.DirectoryTally tally, boolean incremental) {
            this.reader = reader;
            this.tally = tally;
            this.incremental = incremental;
        }

        @Override
        public void entry(DirectoryEntry entry) {
            entriesRead++;
            tally.entriesRead++;
            dnCache.remember(entry);
            String matchKey = Usernames.matchKey(entry.username());
            HostUser user = users.listedUser(matchKey);
            boolean firstSeen = false;
            if (user == null) {
                // Hosts may know users they do not list up front (the standalone host takes every directory user).
                boolean seenBefore = users.seenUnlisted(matchKey);
                user = ports.hostUsers().byUsername(entry.username()).orElse(null);
                if (user == null) {
                    report.skip(SyncReport.SkipReason.NOT_A_HOST_USER);
                    return;
                }
                if (!seenBefore) {
                    users.rememberUnlisted(matchKey, user, settings.activeUserPolicy().isActive(user));
                    firstSeen = true;
                }
            }
            if (!settings.activeUserPolicy().isActive(user)) {
                if (incremental || firstSeen) {
                    report.skip(SyncReport.SkipReason.INACTIVE);
                }
                return;
            }
            if (firstSeen && !incremental) {
                report.scannedOneMore();
            }
            if (user.directoryId().isPresent() && !user.directoryId().get().equals(reader.id())) {
                report.skip(SyncReport.SkipReason.NOT_IN_USERS_DIRECTORY);
                return;
            }
            if (!users.take(user.userKey())) {
                tally.takenByEarlier++;
                report.skip(SyncReport.SkipReason.TAKEN_BY_EARLIER_DIRECTORY);
                return;
            }
            tally.usersSynced++;
            if (incremental) {
                report.scannedOneMore();
            }
            batch.add(new Candidate(user, entry));
            if (batch.size() >= settings.batchSize()) {
                flush();
            }
        }

        @Override
        public void unreadable(String dn, String reason) {
            tally.unreadable++;
            report.problem(dn, reason);
        }
    }

    /** Thrown out of the directory stream when the host turns read-only mid-run; nothing more is written. */
    static final class ReadOnlyStop extends RuntimeException {
        ReadOnlyStop() {
            super("read-only mode", null, false, false);
        }
    }
}
