package dev.profilesync.osgi;

import aQute.bnd.header.Parameters;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The plugin jar the build made, installed and started in Apache Felix set up as Confluence 8.7 sets it up
 * ({@link ConfluenceFelix}), beside host bundles built from the stand-ins ({@link HostBundles}) and the library
 * packages Confluence exports ({@link HostPackages}). Runs in the integration-test phase, after package.
 */
class OsgiContainerIT {
    private static final Path TARGET = Path.of(System.getProperty("profilesync.build.directory", "target"));
    private static final String FINAL_NAME = System.getProperty("profilesync.build.finalName",
            "profile-sync-1.0.0-SNAPSHOT");
    private static final String PLUGIN_KEY = "dev.profilesync.profile-sync";

    /** The execution environments a Java 11 runtime offers, as Felix lists them for Java 11. */
    private static final String JAVA_11_ENVIRONMENTS = "osgi.ee; osgi.ee=\"OSGi/Minimum\"; "
            + "version:List<Version>=\"1.0,1.1,1.2\", osgi.ee; osgi.ee=\"JavaSE\"; "
            + "version:List<Version>=\"1.0,1.1,1.2,1.3,1.4,1.5,1.6,1.7,1.8,9.0,10.0,11.0\"";

    private static ConfluenceFelix felix;
    private static Bundle plugin;
    private static List<Path> hostBundles;
    private static String hostExports;
    private static Path work;

    @BeforeAll
    static void startConfluenceLikeContainer() throws Exception {
        work = TARGET.resolve("osgi-container");
        deleteRecursively(work);
        Files.createDirectories(work);
        HostBundles host = new HostBundles(work, List.of(TARGET.resolve("classes").toFile(),
                TARGET.resolve("test-classes").toFile(), jar(net.java.ao.EntityManager.class),
                jar(com.zaxxer.hikari.HikariDataSource.class), jar(org.apache.commons.lang3.StringUtils.class)));

        hostExports = HostPackages.exportsOf(List.of(
                org.springframework.core.SpringVersion.class, org.springframework.beans.BeanUtils.class,
                org.springframework.dao.DataAccessException.class, org.springframework.context.ApplicationContext.class,
                org.springframework.aop.Advisor.class, org.springframework.expression.ExpressionParser.class,
                org.apache.commons.logging.LogFactory.class, ObjectMapper.class, JsonParser.class, JsonProperty.class,
                org.slf4j.Logger.class, javax.servlet.Servlet.class, javax.inject.Inject.class,
                javax.annotation.PostConstruct.class, ImmutableList.class,
                // the database under the host's AO bundle, as Confluence's own driver is on its class path
                org.hsqldb.jdbc.JDBCDriver.class));
        hostBundles = host.build(TARGET.resolve("classes"));
        felix = ConfluenceFelix.start(work.resolve("felix-cache"), hostExports);
        BundleContext context = felix.context();
        for (Path bundle : hostBundles) {
            context.installBundle(bundle.toUri().toString()).start();
        }
        context.installBundle(host.probeFragment(PLUGIN_KEY, TARGET.resolve("test-classes"),
                "dev/profilesync/confluence/InBundleProbe").toUri().toString());
        plugin = context.installBundle(TARGET.resolve(FINAL_NAME + ".jar").toUri().toString());
        plugin.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    void pluginStartsWithEveryMandatoryImportWiredAndListsTheOptionalOnesLeftOpen() {
        assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(plugin.getSymbolicName()).isEqualTo(PLUGIN_KEY);

        Set<String> wired = plugin.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)
                .stream().map(BundleWire::getCapability)
                .map(c -> (String) c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> mandatory = new TreeSet<>();
        Set<String> optionalOpen = new TreeSet<>();
        imports().forEach((name, attrs) -> {
            if ("optional".equals(attrs.get("resolution:"))) {
                if (!wired.contains(name)) {
                    optionalOpen.add(name);
                }
            } else {
                mandatory.add(name);
            }
        });
        System.out.println("[OsgiContainerIT] optional imports left unwired (" + optionalOpen.size() + "): "
                + optionalOpen);
        assertThat(wired).containsAll(mandatory);
        // The JDK's LDAP provider is reached without the host exporting it (LdapTemplates, JdkContextSource).
        assertThat(optionalOpen).contains("com.sun.jndi.ldap");
    }

    @Test
    void confluenceOnJava11RefusesThePluginAtInstallNamingTheJavaItNeeds() throws Exception {
        try (ConfluenceFelix java11 = ConfluenceFelix.start(work.resolve("felix-cache-java11"), hostExports,
                Map.of("org.osgi.framework.system.capabilities", JAVA_11_ENVIRONMENTS))) {
            BundleContext context = java11.context();
            for (Path bundle : hostBundles) {
                context.installBundle(bundle.toUri().toString()).start();
            }
            Bundle refused = context.installBundle(TARGET.resolve(FINAL_NAME + ".jar").toUri().toString());

            assertThatThrownBy(refused::start).isInstanceOf(BundleException.class)
                    .hasMessageContaining("osgi.ee").hasMessageContaining("version=17");
        }
    }

    @Test
    void everyClassTheDescriptorNamesLoadsThroughTheBundle() throws Exception {
        List<String> named = classesNamedIn(plugin);
        System.out.println("[OsgiContainerIT] classes the descriptor names: " + named);

        assertThat(named).contains("dev.profilesync.confluence.AdminServlet");
        List<String> failed = new ArrayList<>();
        for (String name : named) {
            try {
                plugin.loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                failed.add(name + " (" + e + ")");
            }
        }
        assertThat(failed).as("classes of the descriptor the bundle cannot load").isEmpty();
    }

    @Test
    void syncReadsSlapdAndWritesProfilesInsideTheBundleOnASchedulerThread() throws Exception {
        // The scheduler's and the executors' threads carry no context class loader.
        assertProbeSyncs(runInBundle(null));
    }

    @Test
    void syncReadsSlapdAndWritesProfilesInsideTheBundleOnAWebRequestThread() throws Exception {
        // Confluence sets the plugin's class loader as context class loader while a plugin servlet runs.
        assertProbeSyncs(runInBundle(plugin.adapt(BundleWiring.class).getClassLoader()));
    }

    private static void assertProbeSyncs(Map<String, Object> result) {
        System.out.println("[OsgiContainerIT] inside the bundle: " + result);
        assertThat(result).containsEntry("spring-ldap from the bundle", true)
                .containsEntry("connection ok", true)
                .containsEntry("connection sample", 5)
                .containsEntry("sync errors", "")
                .containsEntry("sync scanned", 10L);
        assertThat((String) result.get("sync outcome")).isEqualTo("SUCCESS");
        assertThat(result.get("profile user0042")).isEqualTo(Map.of("title",
                slapdValue(result, "title"), "phone", "+1 555 0042"));
    }

    private static Object slapdValue(Map<String, Object> result, String key) {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) result.get("profile user0042");
        assertThat(values.get(key)).isNotBlank();
        return values.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> runInBundle(ClassLoader contextClassLoader) throws Exception {
        assumeTrue(System.getProperty("profilesync.slapd.url") != null,
                "no slapd: run through .ci/run or pass -Dprofilesync.slapd.url and friends");
        Class<?> probeType = plugin.loadClass("dev.profilesync.confluence.InBundleProbe");
        assertThat(probeType.getClassLoader()).isSameAs(plugin.adapt(BundleWiring.class).getClassLoader());
        Function<Map<String, Object>, Map<String, Object>> probe =
                (Function<Map<String, Object>, Map<String, Object>>) probeType.getConstructor().newInstance();
        BundleContext context = felix.context();
        // All references: the test's own class loader sees another ActiveObjects class (the stand-in on its class path).
        ServiceReference<?>[] found = context.getAllServiceReferences("com.atlassian.activeobjects.external.ActiveObjects",
                null);
        assertThat(found).as("the host's ActiveObjects service").hasSize(1);
        ServiceReference<?> ao = found[0];
        Map<String, Object> in = Map.of("activeObjects", context.getService(ao),
                "url", System.getProperty("profilesync.slapd.url"),
                "bindDn", System.getProperty("profilesync.slapd.bindDn"),
                "password", System.getProperty("profilesync.slapd.password"),
                "baseDn", System.getProperty("profilesync.slapd.baseDn"));
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(probe.apply(in));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "osgi-probe");
        thread.setContextClassLoader(contextClassLoader);
        thread.start();
        try {
            return result.get(60, TimeUnit.SECONDS);
        } finally {
            context.ungetService(ao);
        }
    }

    private static Parameters imports() {
        return new Parameters(plugin.getHeaders().get("Import-Package"));
    }

    /**
     * Every class the descriptor names: class attributes of any module (servlet, condition, job, macro, ...) and the
     * AO entities. Parsed from the installed jar, so modules added later are covered without touching this test.
     */
    static List<String> classesNamedIn(Bundle bundle) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor;
        try (InputStream in = bundle.getEntry("atlassian-plugin.xml").openStream()) {
            descriptor = factory.newDocumentBuilder().parse(in);
        }
        List<String> names = new ArrayList<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.getAttribute("class").isBlank()) {
                names.add(element.getAttribute("class").trim());
            }
            if (element.getTagName().equals("entity")) {
                names.add(element.getTextContent().trim());
            }
        }
        return names;
    }

    private static File jar(Class<?> type) {
        return HostPackages.jarOf(type).toFile();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
