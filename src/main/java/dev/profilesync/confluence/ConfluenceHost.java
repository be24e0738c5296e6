package dev.profilesync.confluence;

import com.atlassian.confluence.pages.Attachment;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.SyncReport;
import dev.profilesync.core.SyncRequest;
import dev.profilesync.core.SyncSettings;
import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.core.port.WriteBackAudit;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.ldap.LdapDirectoryWriters;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.store.AoStores;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Named;
import java.time.Clock;

/**
 * The engine inside Confluence: Confluence's directories, users, cluster lock and read-only mode, and the store
 * over Confluence's ActiveObjects, wired into one {@link SyncEngine} that the scheduled job, login sync and the
 * admin page share (so the page shows the progress of a scheduled run too). Building it touches no database:
 * Active Objects is first used by the first run. Thread-safe, as the engine is.
 */
@Named
public class ConfluenceHost implements SyncService {
    private final CrowdDirectoryCatalog directories;
    private final SyncPorts ports;
    private final SyncEngine engine;
    private final ProfileEditor editor;
    private final ConfluenceWriteBinds writeBinds;
    private final WriteBackAudit audit;
    private final WriteBackCheck writeBackCheck;

    @Inject
    public ConfluenceHost(HostServices host) {
        this(host, AoStores.over(new ActiveObjectsAccess(host.activeObjects())));
    }

    ConfluenceHost(HostServices host, AoStores stores) {
        this.writeBinds = new ConfluenceWriteBinds(stores.writeAccounts());
        this.directories = new CrowdDirectoryCatalog(host.crowdDirectories(), LdapDirectoryReader::new,
                writeBinds::bindOf);
        this.ports = new SyncPorts(
                directories,
                new ConfluenceHostUsers(host.userAccessor(), host.crowdService(), host.accessManager(),
                        host.disabledUsers()),
                new StandardProfileFields(stores.profiles(), host.userAccessor(), host.userDetails(),
                        new ConfluenceProfilePictures(host.userAccessor(), host.personalInformation(),
                                host.attachments(), Attachment::new),
                        () -> stores.settings().settings().pictureReplacesUploaded()),
                stores.settings(),
                stores.history(),
                new ConfluenceAccessMode(host.accessModes()),
                new ClusterRunLock(host.clusterLocks()),
                ImageIoPictures.configured());
        this.engine = new SyncEngine(ports, Clock.systemUTC());
        // Crowd's LDAP directories carry no write account for us: the plugin keeps one per directory (writeBinds),
        // and the writers are made from the current directories on each use (they hold no connections).
        DirectoryWriters writers = id -> new LdapDirectoryWriters(directories.directories()).writer(id);
        this.audit = stores.writeBacks();
        this.editor = new ProfileEditor(engine, ports, writers, audit, Clock.systemUTC());
        this.writeBackCheck = new WriteBackCheck(ports, writers, audit, Clock.systemUTC());
    }

    /** Closes the directory connections kept for login syncs. */
    @PreDestroy
    public void close() {
        directories.close();
    }

    @Override
    public SyncReport run(SyncRequest request) {
        return engine.run(request);
    }

    @Override
    public SyncSettings settings() {
        return ports.settings().settings();
    }

    @Override
    public boolean readOnly() {
        return ports.accessMode().isReadOnly();
    }

    SyncEngine engine() {
        return engine;
    }

    ProfileEditor editor() {
        return editor;
    }

    ConfluenceWriteBinds writeBinds() {
        return writeBinds;
    }

    WriteBackAudit audit() {
        return audit;
    }

    WriteBackCheck writeBackCheck() {
        return writeBackCheck;
    }

    SyncPorts ports() {
        return ports;
    }
}
