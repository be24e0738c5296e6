package dev.profilesync.osgi;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds, at test time, the bundles of the container test's host: the Atlassian APIs the plugin imports, made from
 * the compiled stand-ins (target/classes) and exported at the versions of the Confluence 8.7.2 jars that hold them;
 * Confluence's ActiveObjects plugin (AO on an embedded database, registering the ActiveObjects service); and the
 * probe fragment that runs code inside the plugin bundle.
 */
final class HostBundles {
    /** Symbolic name, version and packages of each API: the artifacts and versions in Confluence 8.7.2. */
    private static final List<Api> APIS = List.of(
            new Api("com.atlassian.sal.sal-api", "5.1.4", "com.atlassian.sal.api.*"),
            new Api("com.atlassian.scheduler.atlassian-scheduler-api", "4.1.0", "com.atlassian.scheduler.*"),
            new Api("com.atlassian.event.atlassian-event", "5.0.2", "com.atlassian.event.api.*"),
            new Api("com.atlassian.plugin.atlassian-spring-scanner-annotation", "3.0.4",
                    "com.atlassian.plugin.spring.scanner.annotation.*"),
            new Api("com.atlassian.beehive.beehive-api", "5.0.1", "com.atlassian.beehive.*"),
            new Api("com.atlassian.crowd.embedded-crowd-api", "5.1.6", "com.atlassian.crowd.embedded.api.*"),
            new Api("com.atlassian.plugins.atlassian-plugins-webresource-api", "6.1.1", "com.atlassian.webresource.api.*"),
            new Api("com.atlassian.templaterenderer.atlassian-template-renderer-api", "5.0.4",
                    "com.atlassian.templaterenderer.*"),
            new Api("com.atlassian.plugins.atlassian-plugins-core", "7.4.0",
                    "!com.atlassian.plugin.spring.scanner.*,com.atlassian.plugin.*"),
            new Api("com.atlassian.confluence.confluence", "8.7.2", "com.atlassian.confluence.*,com.atlassian.user.*"));
    static final String AO_VERSION = "5.2.1";
    /** The net.java.ao version Confluence 8.7.2's activeobjects-plugin exports (its classes are AO 6.1.1). */
    static final String NET_JAVA_AO_VERSION = "6.1.1";

    private final Path folder;
    private final List<File> classpath;

    HostBundles(Path folder, List<File> classpath) {
        this.folder = folder;
        this.classpath = classpath;
    }

    /**
     * The API bundles, then the AO bundle. Fails, naming them, when a stand-in package belongs to no Confluence
     * artifact of the table: a new stand-in needs its artifact and version here, or the plugin's import of it would
     * go unresolved in this test without saying why.
     */
    List<Path> build(Path standIns) throws Exception {
        List<Path> bundles = new ArrayList<>();
        Set<String> exported = new TreeSet<>();
        for (Api api : APIS) {
            Path bundle = bnd(api.symbolicName(), api.version(), Map.of(
                    "Export-Package", exportAll(api.packages(), api.version()),
                    "Import-Package", "*"));
            exported.addAll(exportedPackages(bundle));
            bundles.add(bundle);
        }
        Set<String> orphans = standInPackages(standIns);
        orphans.removeAll(exported);
        orphans.remove("com.atlassian.activeobjects.external");
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("stand-in packages without a Confluence artifact in HostBundles.APIS: "
                    + orphans + "; add the artifact that holds them in Confluence 8.7.2 and its version");
        }
        bundles.add(bnd("com.atlassian.activeobjects.activeobjects-plugin", AO_VERSION, Map.of(
                "Bundle-Activator", "dev.profilesync.osgi.host.ActiveObjectsActivator",
                "Export-Package", "com.atlassian.activeobjects.external;version=" + AO_VERSION
                        + ",net.java.ao.*;version=" + NET_JAVA_AO_VERSION,
                // AO's own plumbing, private to this bundle as in Confluence's AO plugin
                "Private-Package", "dev.profilesync.osgi.host,dev.profilesync.store.embedded,dev.profilesync.store,"
                        + "dev.profilesync.core,com.zaxxer.hikari.*,org.apache.commons.lang3.*",
                // the JDBC driver is found through DriverManager, which checks that the pool's loader sees it
                "DynamicImport-Package", "org.hsqldb.*",
                "Import-Package", "com.atlassian.sal.api.transaction,org.osgi.framework,"
                        + "com.google.*;version=0,org.slf4j.*;version=0,com.fasterxml.*;version=0,"
                        + "*;resolution:=optional")));
        return bundles;
    }

    /** A fragment of the plugin bundle with the given test classes: loaded by the plugin's own class loader. */
    Path probeFragment(String hostSymbolicName, Path testClasses, String... classFiles) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "dev.profilesync.osgi-probe");
        main.putValue("Bundle-Version", "1.0.0");
        // No Import-Package: the probe uses only what the plugin itself imports or carries.
        main.putValue("Fragment-Host", hostSymbolicName);
        Path jar = folder.resolve("osgi-probe.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (String prefix : classFiles) {
                Path dir = testClasses.resolve(prefix).getParent();
                String stem = testClasses.resolve(prefix).getFileName().toString();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().startsWith(stem)).toList()) {
                        zip.putNextEntry(new JarEntry(testClasses.relativize(file).toString().replace('\\', '/')));
                        zip.write(Files.readAllBytes(file));
                        zip.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private Path bnd(String symbolicName, String version, Map<String, String> instructions) throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty("Bundle-SymbolicName", symbolicName);
            builder.setProperty("Bundle-Version", version);
            builder.setProperty("-noimportjava", "true");
            builder.setProperty("-nouses", "true");
            builder.setProperty("-noee", "true");
            instructions.forEach(builder::setProperty);
            for (File entry : classpath) {
                builder.addClasspath(entry);
            }
            Jar jar = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new IllegalStateException("bnd could not build " + symbolicName + ": " + builder.getErrors());
            }
            Path out = folder.resolve(symbolicName + ".jar");
            jar.write(out.toFile());
            return out;
        }
    }

    private static Set<String> exportedPackages(Path bundle) throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            String header = jar.getManifest().getMainAttributes().getValue("Export-Package");
            return header == null ? Set.of() : new Parameters(header).keySet();
        }
    }

    /** Packages with classes under {@code root/com/atlassian}. */
    private static Set<String> standInPackages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("com/atlassian"))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String exportAll(String patterns, String version) {
        return Stream.of(patterns.split(",")).map(p -> p.startsWith("!") ? p : p + ";version=" + version)
                .reduce((a, b) -> a + "," + b).orElseThrow();
    }

    private record Api(String symbolicName, String version, String packages) {
    }
}
