package dev.profilesync.web;

import dev.profilesync.core.port.SettingsStore;
import dev.profilesync.testing.Organisation;
import dev.profilesync.testing.TestDirectory;

/**
 * The admin API on real parts (LDAP server, database, engine) for tests outside this package: the standalone
 * binding's and the browser's.
 */
public final class WebTestHost implements AutoCloseable {
    private final TestDirectory directory;
    private final AdminFixture fixture;

    private WebTestHost(TestDirectory directory, AdminFixture fixture) {
        this.directory = directory;
        this.fixture = fixture;
    }

    /** A directory with {@code users} people (one with a script tag in their department) and the API over it. */
    public static WebTestHost start(int users) throws Exception {
        TestDirectory directory = TestDirectory.start();
        directory.seedOrganisation(users);
        return new WebTestHost(directory, new AdminFixture(directory));
    }

    public AdminApi api() {
        return fixture.api;
    }

    public SettingsStore settings() {
        return fixture.settings;
    }

    /** The profiles the API reads and the engine writes; users are keyed by their username, as the fixture's host keys them. */
    public dev.profilesync.core.port.ProfileStore profiles() {
        return fixture.profiles;
    }

    /** Slows each directory entry, so a browser can watch a run's progress. */
    public void slowDirectory(long millisPerEntry) {
        directory.slowDown(millisPerEntry);
    }

    /** Changes one attribute of one user in the directory. */
    public void modifyDirectory(String uid, String attribute, String value) throws Exception {
        directory.replace(uid, attribute, value);
    }

    /** Declares the field mappings managed elsewhere (reason given) or editable again (null). */
    public void fieldsManagedElsewhere(String reason) {
        fixture.portSettings.managedElsewhere.set(reason);
    }

    /** What the host's login sync says it queued and dropped, as the page's status shows it. */
    public void loginSyncs(long queued, long dropped) {
        fixture.loginQueued.set(queued);
        fixture.loginDropped.set(dropped);
    }

    public void readOnly(boolean readOnly) {
        fixture.readOnly.set(readOnly);
    }

    public static String scriptValue() {
        return Organisation.SCRIPT_VALUE;
    }

    public static String imgValue() {
        return Organisation.IMG_VALUE;
    }

    /** The user whose department and title hold markup. */
    public static String hostileUser() {
        return Organisation.HOSTILE_USER;
    }

    @Override
    public void close() {
        fixture.close();
        directory.close();
    }
}
