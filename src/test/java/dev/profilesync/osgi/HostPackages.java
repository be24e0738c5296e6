package dev.profilesync.osgi;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The library packages the container test's system bundle exports, as Confluence's exports the libraries in its
 * WEB-INF/lib: every package of the jar on the test class path, at that jar's version.
 */
final class HostPackages {
    private HostPackages() {
    }

    /**
     * The system.packages.extra value for the jars holding these classes: one class per jar. Libraries Confluence
     * 8.7.2 exports to plugins (Spring 5.3, Jackson, SLF4J, the servlet API, javax.inject, javax.annotation, Guava),
     * plus the embedded database driver the host's AO bundle uses. Never what the plugin must bring itself.
     */
    static String exportsOf(List<Class<?>> oneClassPerJar) {
        return oneClassPerJar.stream().map(HostPackages::exportsOfJar).collect(Collectors.joining(","));
    }

    static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String exportsOfJar(Class<?> type) {
        Path jar = jarOf(type);
        String version = osgiVersion(jar.getParent().getFileName().toString());
        return packagesIn(jar).stream().map(name -> name + ";version=\"" + version + "\"")
                .collect(Collectors.joining(","));
    }

    private static Set<String> packagesIn(Path jarPath) {
        Set<String> packages = new TreeSet<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                    packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jarPath, e);
        }
        return packages;
    }

    /** A Maven version (the jar's folder in the local repository) as an OSGi version: 26.0-jre is 26.0.0.jre. */
    static String osgiVersion(String maven) {
        String[] parts = maven.split("[.-]", 4);
        StringBuilder version = new StringBuilder();
        int numbers = 0;
        for (; numbers < Math.min(3, parts.length) && parts[numbers].matches("\\d+"); numbers++) {
            version.append(numbers == 0 ? "" : ".").append(Integer.parseInt(parts[numbers]));
        }
        for (int i = numbers; i < 3; i++) {
            version.append(i == 0 ? "0" : ".0");
        }
        String rest = maven.substring(Math.min(maven.length(), String.join(".", List.of(parts).subList(0, numbers))
                .length())).replaceFirst("^[.-]", "");
        return rest.isEmpty() ? version.toString() : version + "." + rest.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
