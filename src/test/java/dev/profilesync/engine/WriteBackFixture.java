package dev.profilesync.engine;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldEditing;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.StoredProfile;
import dev.profilesync.core.SyncEngine;
import dev.profilesync.core.SyncPorts;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.edit.ProfileEditor;
import dev.profilesync.core.edit.WriteBackCheck;
import dev.profilesync.core.port.DirectoryWriters;
import dev.profilesync.core.port.PersonLogin;
import dev.profilesync.core.port.PictureProcessor;
import dev.profilesync.ldap.LdapDirectoryConfig;
import dev.profilesync.ldap.LdapDirectoryReader;
import dev.profilesync.ldap.LdapDirectoryWriter;
import dev.profilesync.ldap.LdapPersonLogin;
import dev.profilesync.picture.ImageIoPictures;
import dev.profilesync.store.AoStores;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EmbeddedStores;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Self-service over a real directory (slapd or the Samba AD DC) and a fresh in-memory database: the sync reads as the reader, write-back binds
 * as the given account. Fields: phone (TEXT), about (MULTILINE) and grade (SELECT) written back; title synced only;
 * nickname kept in the profile only.
 */
public final class WriteBackFixture implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    static final FieldEditing WRITE_BACK = new FieldEditing(true, true);

    final TestHost host = new TestHost();
    public final AoStores stores;
    public final ProfileEditor editor;
    public final WriteBackCheck check;
    public final SyncPorts ports;
    public final SyncEngine engine;

    /** Over a directory with a write bind ({@code WritableDirectory.config}). */
    public WriteBackFixture(LdapDirectoryConfig config) {
        this(config, null);
    }

    /**
     * With a PICTURE field {@code picture} written back to {@code pictureAttribute} too, and the sync's real picture
     * processor (ImageIoPictures with its default limits, 1 MiB).
     */
    public WriteBackFixture(LdapDirectoryConfig config, String pictureAttribute) {
        stores = EmbeddedStores.open(DatabaseConfig.inMemory("writeback" + DATABASES.incrementAndGet()));
        host.readers.add(new LdapDirectoryReader(config));
        LdapDirectoryWriter writer = new LdapDirectoryWriter(config);
        DirectoryWriters writers = id -> id.equals(writer.id()) ? Optional.of(writer) : Optional.empty();
        ports = new SyncPorts(host, host, stores.profiles(), stores.settings(), stores.history(), host, host,
                pictureAttribute == null ? PictureProcessor.NONE : ImageIoPictures.withDefaults());
        engine = new SyncEngine(ports, Clock.systemUTC());
        editor = new ProfileEditor(engine, ports, writers, stores.writeBacks(), Clock.systemUTC());
        check = new WriteBackCheck(ports, writers, stores.writeBacks(), Clock.systemUTC());
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                FieldDefinition.text("phone", "Phone", "telephoneNumber").withEditing(WRITE_BACK),
                new FieldDefinition("about", "About", FieldType.MULTILINE, List.of(), "description", true,
                        WhenMissing.CLEAR, MultiValue.FIRST, "", false).withEditing(WRITE_BACK),
                new FieldDefinition("grade", "Grade", FieldType.SELECT, List.of("Junior", "Senior", "Principal"),
                        "employeeType", true, WhenMissing.CLEAR, MultiValue.FIRST, "", false).withEditing(WRITE_BACK),
                FieldDefinition.text("title", "Title", "title").withEditing(new FieldEditing(true, false)),
                FieldDefinition.text("nickname", "Nickname", "displayName").withSyncEnabled(false)
                        .withEditing(new FieldEditing(true, false))));
        if (pictureAttribute != null) {
            fields.add(new FieldDefinition("picture", "Picture", FieldType.PICTURE, List.of(), pictureAttribute, true,
                    WhenMissing.CLEAR, MultiValue.FIRST, "", false).withEditing(WRITE_BACK));
        }
        stores.settings().saveFields(fields);
    }

    /** The host knows these users (the standalone host lists them in its users file). */
    public WriteBackFixture withUsers(String... usernames) {
        host.withUsers(usernames);
        return this;
    }

    public PersonLogin login() {
        return new LdapPersonLogin(host.readers);
    }

    public void readOnly(boolean readOnly) {
        host.readOnly.set(readOnly);
    }

    public Map<String, String> stored(String username) {
        StoredProfile profile = stores.profiles().load(List.of(username)).get(username);
        return profile == null ? Map.of() : profile.values();
    }

    @Override
    public void close() {
        stores.close();
    }
}
