package dev.profilesync.osgi.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.profilesync.store.embedded.AoDatabase;
import dev.profilesync.store.embedded.DatabaseConfig;
import dev.profilesync.store.embedded.EntityManagerAccess;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the host's AO bundle: opens the embedded database and registers {@link HostActiveObjects} as the
 * {@link ActiveObjects} service; unregisters it and closes the database on stop.
 */
public final class ActiveObjectsActivator implements BundleActivator {
    private HostActiveObjects activeObjects;
    private ServiceRegistration<ActiveObjects> registration;

    @Override
    public void start(BundleContext context) {
        activeObjects = new HostActiveObjects(new EntityManagerAccess(AoDatabase.connect(
                DatabaseConfig.inMemory("osgi-host-" + context.getBundle().getBundleId() + "-" + System.nanoTime()))));
        registration = context.registerService(ActiveObjects.class, activeObjects, null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
        activeObjects.dispose();
    }
}
