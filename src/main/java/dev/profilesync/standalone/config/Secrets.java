package dev.profilesync.standalone.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Finds passwords named in the config file: in an environment variable or in a file, never on the command line.
 * Messages name the variable or file, never the value.
 */
public final class Secrets {
    private final Function<String, String> environment;
    private final Path baseDir;

    /**
     * @param environment looks up environment variables (System::getenv outside tests)
     * @param baseDir     folder that relative password file names are read from (the config file's folder)
     */
    public Secrets(Function<String, String> environment, Path baseDir) {
        this.environment = environment;
        this.baseDir = baseDir;
    }

    /**
     * The password from {@code envName} or {@code fileName} (at most one may be given); empty when neither is and
     * {@code required} is false.
     *
     * @param setting prefix of the two settings in messages, e.g. {@code directories[0]}
     */
    public String password(String setting, String envName, String fileName, boolean required) {
        boolean hasEnv = envName != null && !envName.isBlank();
        boolean hasFile = fileName != null && !fileName.isBlank();
        if (hasEnv && hasFile) {
            throw new ConfigException(setting + ".passwordEnv",
                    "give passwordEnv or passwordFile, not both: remove one of them");
        }
        if (hasEnv) {
            return fromEnvironment(setting + ".passwordEnv", envName.trim());
        }
        if (hasFile) {
            return fromFile(setting + ".passwordFile", fileName.trim());
        }
        if (required) {
            throw new ConfigException(setting + ".passwordEnv", "a bind DN is set but no password: set passwordEnv "
                    + "to the name of an environment variable holding it, or passwordFile to a file holding it");
        }
        return "";
    }

    private String fromEnvironment(String setting, String name) {
        if (!SecretReference.looksLikeVariableName(name)) {
            throw new ConfigException(setting, "is not the name of an environment variable " + SecretReference.HIDDEN
                    + ": write the NAME of a variable (letters, digits and '_', e.g. PS_LDAP_PASSWORD) and put the "
                    + "password in that variable, never in the config file");
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new ConfigException(setting, "environment variable " + name + " is not set: export it with the "
                    + "password before running, e.g. read -rs " + name + " && export " + name);
        }
        if (value.isEmpty()) {
            throw new ConfigException(setting, "environment variable " + name + " is empty: set it to the password");
        }
        return value;
    }

    private String fromFile(String setting, String name) {
        Path file = baseDir.resolve(name);
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            // Editors and `echo` add a final line break that is not part of the password.
            String value = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                    : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
            if (value.isEmpty()) {
                throw new ConfigException(setting, "password file " + file + " is empty: write the password in it");
            }
            return value;
        } catch (IOException e) {
            if (!SecretReference.looksLikePath(name)) {
                // No cause either: the exception's message would name the file, and so the value.
                throw new ConfigException(setting, "cannot read the password file " + SecretReference.HIDDEN
                        + ": write the path of a file that holds the password (e.g. secrets/ldap-password.txt, "
                        + "relative to the config file's folder), never the password itself");
            }
            throw new ConfigException(setting, "cannot read password file " + file + " (" + reason(file, e)
                    + "): check the path, relative to the config file's folder, and its permissions", e);
        }
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return Files.isDirectory(file) ? "it is a folder" : "an input/output error";
    }
}
