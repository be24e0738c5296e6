package dev.profilesync.core;

import dev.profilesync.core.port.DirectoryReader;

import java.util.List;
import java.util.Optional;

/** Syncs one user, e.g. at login: looks them up in their directory (or the first that has them) and writes. */
final class SingleUserRun {
    private final SyncPorts ports;
    private final SyncRequest request;
    private final SyncSettings settings;
    private final List<FieldDefinition> fields;
    private final ReportBuilder report;

    SingleUserRun(SyncPorts ports, SyncRequest request, SyncSettings settings, List<FieldDefinition> fields,
                  ReportBuilder report) {
        this.ports = ports;
        this.request = request;
        this.settings = settings;
        this.fields = fields;
        this.report = report;
    }

    void execute(String username) {
        Optional<HostUser> known = ports.hostUsers().byUsername(username);
        if (known.isEmpty()) {
            report.skip(SyncReport.SkipReason.NOT_A_HOST_USER);
            report.problem(username, "no such user: check the spelling of the username");
            return;
        }
        HostUser user = known.get();
        report.scanned(1);
        if (!settings.activeUserPolicy().isActive(user)) {
            report.skip(SyncReport.SkipReason.INACTIVE);
            return;
        }
        Optional<Found> found = findEntry(user);
        if (found.isEmpty()) {
            if (!report.hasErrors()) {
                report.skip(SyncReport.SkipReason.NOT_IN_DIRECTORY);
            } else {
                report.failed(1);
            }
            return;
        }
        DnCache dns = new DnCache(true, ports.directories().directories());
        dns.use(found.get().reader());
        ProfileDiffer differ = new ProfileDiffer(fields, dns, report, false, ports.pictures(),
                ports.profiles().keepsSyncDigests());
        new BatchWriter(ports.profiles(), differ, report, request.dryRun(), DigestSnapshot.EMPTY,
                WriteBehind.NOW, BesideLookups.INLINE).write(List.of(found.get().candidate()),
                clear -> {
                    throw new IllegalStateException("a single-user run applies clears at once");
                });
    }

    private record Found(DirectoryReader reader, Candidate candidate) {
    }

    private Optional<Found> findEntry(HostUser user) {
        SyncRun.declarePictureAttributes(fields, ports.directories().directories());
        for (DirectoryReader reader : ports.directories().directories()) {
            if (user.directoryId().isPresent() && !user.directoryId().get().equals(reader.id())) {
                continue;
            }
            ReportBuilder.DirectoryTally tally = report.directory(reader.name());
            try {
                Optional<DirectoryEntry> entry = reader.readUser(user.username(), SyncRun.attributesRead(fields));
                if (entry.isPresent()) {
                    tally.entriesRead++;
                    tally.usersSynced++;
                    return Optional.of(new Found(reader, new Candidate(user, entry.get())));
                }
            } catch (DirectoryException e) {
                tally.error = e.getMessage();
                report.error("Directory '" + reader.name() + "': " + e.getMessage());
                report.problem(user.username(), "could not be read: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
