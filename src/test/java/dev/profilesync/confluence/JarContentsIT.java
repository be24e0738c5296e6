package dev.profilesync.confluence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inspects the jars the build made (integration-test phase, after package): the compile-only stand-ins of the
 * Atlassian APIs, or any other com.atlassian class, are never packaged, neither directly nor in a bundled library.
 * With -Pconfluence it also checks what the release build bundles and declares.
 */
class JarContentsIT {
    private static final Path TARGET = Path.of(System.getProperty("profilesync.build.directory", "target"));
    private static final String FINAL_NAME = System.getProperty("profilesync.build.finalName",
            "profile-sync-1.0.0-SNAPSHOT");
    private static final boolean RELEASE = Boolean.getBoolean("profilesync.release");

    private static Path pluginJar() {
        return TARGET.resolve(FINAL_NAME + ".jar");
    }

    private static Path standaloneJar() {
        return TARGET.resolve("profile-sync-standalone.jar");
    }

    @Test
    void pluginJarHoldsNoAtlassianClass() throws IOException {
        assertThat(pluginJar()).exists();
        assertThat(atlassianEntries(pluginJar())).isEmpty();
    }

    @Test
    void standaloneJarHoldsNoAtlassianClass() throws IOException {
        assumeFalse(RELEASE, "the -Pconfluence build makes no standalone jar");
        assertThat(standaloneJar()).exists();
        assertThat(atlassianEntries(standaloneJar())).isEmpty();
    }

    @Test
    void pluginJarHoldsTheDescriptorAndTheConfluenceAdapter() throws IOException {
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            assertThat(jar.getEntry("atlassian-plugin.xml")).isNotNull();
            assertThat(jar.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
            assertThat(jar.getEntry("dev/profilesync/confluence/SyncJobRunner.class")).isNotNull();
        }
    }

    @Test
    void releaseJarIsAnAtlassianPluginWithItsComponentIndex() throws IOException {
        assumeTrue(RELEASE, "only the -Pconfluence build makes the installable plugin");
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo("dev.profilesync.profile-sync");
            assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
            assertThat(manifest.getValue("Import-Package")).contains("com.atlassian.scheduler", "net.java.ao");
            assertThat(jar.getEntry("META-INF/plugin-components/component")).isNotNull();
            assertThat(jar.getEntry("META-INF/plugin-components/imports")).isNotNull();
        }
    }

    @Test
    void releaseJarBundlesSpringLdapButNotWhatConfluenceProvides() throws IOException {
        assumeTrue(RELEASE, "only the -Pconfluence build bundles libraries");
        List<String> bundled = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("META-INF/lib/")).forEach(bundled::add);
        }
        assertThat(bundled).anyMatch(name -> name.contains("spring-ldap-core"))
                .anyMatch(name -> name.contains("unboundid-ldapsdk"));
        assertThat(bundled).noneMatch(name -> name.contains("activeobjects") || name.contains("spring-core")
                || name.contains("spring-beans") || name.contains("slf4j") || name.contains("servlet-api")
                || name.contains("javax.inject") || name.contains("hsqldb") || name.contains("postgresql")
                || name.contains("HikariCP") || name.contains("picocli") || name.contains("atlassian")
                || name.contains("jackson"));
    }

    /** Entries under com/atlassian in the jar and in every jar bundled inside it. */
    private static List<String> atlassianEntries(Path jarPath) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jarPath)) {
            collect(jarPath.getFileName().toString(), new JarInputStream(in), found);
        }
        return found;
    }

    private static void collect(String where, JarInputStream jar, List<String> found) throws IOException {
        for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
            String name = entry.getName();
            if (name.startsWith("com/atlassian/")) {
                found.add(where + "!" + name);
            } else if (name.endsWith(".jar")) {
                collect(where + "!" + name, new JarInputStream(jar), found);
            }
        }
    }
}
