package dev.profilesync.standalone.http;

import dev.profilesync.standalone.files.OwnerOnlyFiles;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;

/**
 * The standalone admin login: one username and a PBKDF2 hash of its password, kept in the data folder. At the first
 * start a random password is generated, stored hashed and printed once; it cannot be shown again (delete the file
 * to get a new one). Immutable and thread-safe.
 */
final class AdminCredential {
    static final String FILE_NAME = "admin-credential.properties";
    static final String DEFAULT_USERNAME = "admin";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD_CHARS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final String username;
    private final byte[] salt;
    private final int iterations;
    private final byte[] hash;

    private AdminCredential(String username, byte[] salt, int iterations, byte[] hash) {
        this.username = username;
        this.salt = salt;
        this.iterations = iterations;
        this.hash = hash;
    }

    /** Reads the stored credential, or creates one with a generated password and prints it once on {@code console}. */
    static AdminCredential loadOrCreate(Path dataFolder, PrintWriter console) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return load(file);
        }
        String password = generatePassword();
        AdminCredential created = fromPassword(DEFAULT_USERNAME, password.toCharArray());
        created.store(file);
        console.println("Admin page login: user '" + DEFAULT_USERNAME + "', password '" + password + "'.");
        console.println("This password is shown only this once; it is kept hashed in " + file.toAbsolutePath()
                + " (delete that file and restart to get a new one).");
        return created;
    }

    static AdminCredential fromPassword(String username, char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new AdminCredential(username, salt, ITERATIONS, derive(password, salt, ITERATIONS));
    }

    String username() {
        return username;
    }

    /** Compares in constant time; the username is compared too, so a wrong name costs as much as a wrong password. */
    boolean matches(String candidateUser, char[] candidatePassword) {
        byte[] candidate = derive(candidatePassword, salt, iterations);
        boolean passwordOk = MessageDigest.isEqual(hash, candidate);
        boolean userOk = MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                (candidateUser == null ? "" : candidateUser).getBytes(StandardCharsets.UTF_8));
        return passwordOk & userOk;
    }

    private static AdminCredential load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            Base64.Decoder b64 = Base64.getDecoder();
            return new AdminCredential(properties.getProperty("username", DEFAULT_USERNAME),
                    b64.decode(required(properties, "salt", file)),
                    Integer.parseInt(required(properties, "iterations", file)),
                    b64.decode(required(properties, "hash", file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the admin credential " + file
                    + ": check its permissions, or delete it to generate a new password", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The admin credential " + file + " is damaged (" + e.getMessage()
                    + "): delete it and restart to generate a new password", e);
        }
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing in " + file);
        }
        return value;
    }

    private void store(Path file) {
        Properties properties = new Properties();
        properties.setProperty("username", username);
        properties.setProperty("algorithm", ALGORITHM);
        properties.setProperty("iterations", Integer.toString(iterations));
        properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        properties.setProperty("hash", Base64.getEncoder().encodeToString(hash));
        try {
            OwnerOnlyFiles.createFolder(file.getParent());
            // Owner-only from creation: a chmod after writing would leave a moment in which others could read it.
            try (OutputStream out = OwnerOnlyFiles.createNew(file)) {
                properties.store(out, "Profile Sync standalone admin login (PBKDF2 hash; delete to reset)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the admin credential " + file
                    + ": check that the data folder is writable", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + ALGORITHM + ", needed for the admin login", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String generatePassword() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
        }
        String text = new String(password);
        Arrays.fill(password, ' ');
        return text;
    }

    @Override
    public String toString() {
        return "AdminCredential[username=" + username + ", hash=(hidden)]";
    }
}
