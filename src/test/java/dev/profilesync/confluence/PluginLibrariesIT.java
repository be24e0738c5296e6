package dev.profilesync.confluence;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Build checks of the plugin jar (the default build's bundle, and with -Pconfluence the AMPS jar): it embeds only
 * libraries Confluence does not provide, carries only the code the plugin runs, imports nothing only the standalone
 * runner needs, and states the Java it needs. Integration-test phase, after package.
 */
class PluginLibrariesIT {
    private static final Path TARGET = Path.of(System.getProperty("profilesync.build.directory", "target"));
    private static final String FINAL_NAME = System.getProperty("profilesync.build.finalName",
            "profile-sync-1.0.0-SNAPSHOT");
    /**
     * Artifacts Confluence 8.7.2 provides to plugins (its WEB-INF/lib and the platform, whose artifacts AMPS refuses
     * to bundle): a plugin that embeds one runs two copies, or fails AMPS's banned-dependencies check.
     */
    private static final Pattern CONFLUENCE_PROVIDES = Pattern.compile("^(jackson-.*|spring-(core|beans|context|"
            + "context-support|aop|tx|jdbc|orm|web|webmvc|expression|jcl)|slf4j-.*|jcl-over-slf4j|jul-to-slf4j|log4j.*|"
            + "reload4j|guava|failureaccess|javax\\.inject|jakarta\\.inject.*|javax\\.annotation-api|jakarta\\.annotation"
            + "-api|javax\\.servlet-api|servlet-api|activeobjects.*|atlassian-.*|sal-.*|commons-lang3?|"
            + "commons-io|commons-codec|commons-logging|commons-collections4?|joda-time|fugue.*|httpclient|httpcore|"
            + "gson|jsr305|hsqldb|postgresql|HikariCP)$");
    /** Packages only the standalone runner or its embedded database use; the plugin must not need them. */
    private static final List<String> STANDALONE_ONLY = List.of("net.java.ao.db", "net.java.ao.atlassian",
            "net.java.ao.builder", "com.zaxxer.hikari", "org.hsqldb", "org.postgresql", "picocli", "com.unboundid",
            "com.sun.net.httpserver", "com.fasterxml.jackson.datatype");
    /** Java 17 class files: the plugin supports Confluence 8.5 to 9.x running on Java 17 or later. */
    private static final int JAVA_17 = 61;

    private static JarFile plugin;
    private static Attributes manifest;

    @BeforeAll
    static void open() throws IOException {
        plugin = new JarFile(TARGET.resolve(FINAL_NAME + ".jar").toFile());
        manifest = plugin.getManifest().getMainAttributes();
    }

    @Test
    void embeddedLibrariesAreOnlyOnesConfluenceDoesNotProvide() {
        List<String> embedded = plugin.stream().map(ZipEntry::getName)
                .filter(name -> name.startsWith("META-INF/lib/") && name.endsWith(".jar"))
                .map(name -> name.substring("META-INF/lib/".length())).sorted().toList();
        System.out.println("[PluginLibrariesIT] embedded libraries: " + embedded);

        assertThat(embedded).extracting(PluginLibrariesIT::artifactId)
                .contains("spring-ldap-core", "unboundid-ldapsdk", "jmustache")
                .noneMatch(artifact -> CONFLUENCE_PROVIDES.matcher(artifact).matches());
    }

    @Test
    void bundleClassPathNamesExactlyTheEmbeddedLibraries() {
        Set<String> classPath = new TreeSet<>(Arrays.asList(manifest.getValue("Bundle-ClassPath").split(",")));
        Set<String> jars = new TreeSet<>();
        plugin.stream().map(ZipEntry::getName).filter(name -> name.startsWith("META-INF/lib/") && name.endsWith(".jar"))
                .forEach(jars::add);
        jars.add(".");

        assertThat(classPath).isEqualTo(jars);
    }

    @Test
    void pluginCarriesOnlyTheCodeThePluginRuns() {
        assertThat(plugin.stream().map(ZipEntry::getName)).noneMatch(name -> name.startsWith("dev/profilesync/standalone/")
                || name.startsWith("dev/profilesync/store/embedded/") || name.startsWith("com/atlassian/"));
        assertThat(plugin.getEntry("dev/profilesync/confluence/SyncJobRunner.class")).isNotNull();
        assertThat(plugin.getEntry("dev/profilesync/store/AoStores.class")).isNotNull();
    }

    @Test
    void pluginImportsNothingOnlyTheStandaloneRunnerNeeds() {
        List<String> mandatory = mandatoryImports(manifest.getValue("Import-Package"));

        assertThat(mandatory).isNotEmpty().noneMatch(name -> STANDALONE_ONLY.stream()
                .anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + ".")));
    }

    @Test
    void pluginNeedsJava17AndSaysSo() throws IOException {
        assertThat(manifest.getValue("Require-Capability")).contains("osgi.ee=JavaSE").contains("version=17");
        List<String> newer = new ArrayList<>();
        for (ZipEntry entry : plugin.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
            try (InputStream in = plugin.getInputStream(entry)) {
                if (classFileMajor(in) > JAVA_17) {
                    newer.add(entry.getName());
                }
            }
        }
        for (ZipEntry entry : plugin.stream().filter(e -> e.getName().startsWith("META-INF/lib/")).toList()) {
            try (JarInputStream library = new JarInputStream(plugin.getInputStream(entry))) {
                for (ZipEntry inner = library.getNextEntry(); inner != null; inner = library.getNextEntry()) {
                    if (inner.getName().endsWith(".class") && !inner.getName().startsWith("META-INF/versions/")
                            && classFileMajor(library) > JAVA_17) {
                        newer.add(entry.getName() + "!" + inner.getName());
                    }
                }
            }
        }
        assertThat(newer).as("class files a Java 17 runtime cannot load").isEmpty();
    }

    private static int classFileMajor(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        data.readInt();
        data.readUnsignedShort();
        return data.readUnsignedShort();
    }

    /** artifactId-1.2.3.jar: the artifactId. */
    private static String artifactId(String jarName) {
        return jarName.replaceFirst("-\\d[^-]*(-[A-Za-z0-9.]+)?\\.jar$", "");
    }

    /** Package names of the Import-Package header without resolution:=optional. */
    static List<String> mandatoryImports(String header) {
        List<String> names = new ArrayList<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (!clause.contains("resolution:=optional") && !clause.contains("resolution:=\"optional\"")) {
                names.add(clause.split(";")[0].trim());
            }
        }
        return names;
    }
}
