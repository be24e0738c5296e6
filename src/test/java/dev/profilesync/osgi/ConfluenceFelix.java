package dev.profilesync.osgi;

import org.apache.felix.framework.Felix;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Apache Felix started the way Confluence 8.7's plugin framework starts it (atlassian-plugins-osgi 7.4.0,
 * FelixOsgiContainerManager): its boot delegation list, no implicit boot delegation, the framework's class loader as
 * the bundles' parent, and the host's packages exported by the system bundle through
 * {@code org.osgi.framework.system.packages.extra}. The JDK's packages are Felix's own list for the running Java.
 */
final class ConfluenceFelix implements AutoCloseable {
    /** Confluence's org.osgi.framework.bootdelegation, as FelixOsgiContainerManager sets it. */
    static final String BOOT_DELEGATION = "weblogic,weblogic.*,META-INF.services,jdk.*,com.yourkit,com.yourkit.*,"
            + "com.chronon,com.chronon.*,org.jboss.byteman,org.jboss.byteman.*,com.jprofiler,com.jprofiler.*,"
            + "org.apache.xerces,org.apache.xerces.*,org.apache.xalan,org.apache.xalan.*,org.apache.xml.serializer,"
            + "sun.*,com.sun.xml.bind.v2,com.sun.xml.internal.bind.v2,com.icl.saxon,com_cenqua_clover,"
            + "com.cenqua.clover,com.cenqua.clover.*,com.atlassian.clover,com.atlassian.clover.*";

    private final Framework framework;

    private ConfluenceFelix(Framework framework) {
        this.framework = framework;
    }

    static ConfluenceFelix start(Path storage, String hostExports) throws BundleException {
        return start(storage, hostExports, Map.of());
    }

    /** As above, with more framework properties (e.g. the execution environments of another Java). */
    static ConfluenceFelix start(Path storage, String hostExports, Map<String, String> more) throws BundleException {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, BOOT_DELEGATION);
        config.put("felix.bootdelegation.implicit", "false");
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, hostExports);
        config.put("felix.log.level", "1");
        config.putAll(more);
        Framework framework = new Felix(config);
        framework.init();
        framework.start();
        return new ConfluenceFelix(framework);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
