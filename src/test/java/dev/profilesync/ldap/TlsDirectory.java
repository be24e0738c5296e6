package dev.profilesync.ldap;

import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import com.unboundid.util.ssl.cert.ManageCertificates;
import dev.profilesync.testing.TestDirectory;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory directory that speaks LDAPS and StartTLS with self-signed certificates made for the test: one for
 * 127.0.0.1 (right host), one for directory.example.com only (wrong host). {@link #writeTrustStore} writes a trust
 * store holding both certificates, as an admin would import a directory's CA.
 */
final class TlsDirectory {
    static final String STORE_PASSWORD = "changeit";

    private TlsDirectory() {
    }

    static TestDirectory start(Path folder) throws Exception {
        Path rightHost = certificate(folder.resolve("right-host.p12"), "127.0.0.1", "127.0.0.1", "localhost");
        Path wrongHost = certificate(folder.resolve("wrong-host.p12"), "directory.example.com", null,
                "directory.example.com");
        InetAddress loopback = InetAddress.getLoopbackAddress();
        SSLUtil right = serverSsl(rightHost);
        return TestDirectory.builder().sizeLimit(500).listeners(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, 0, right.createSSLServerSocketFactory(),
                        null),
                InMemoryListenerConfig.createLDAPConfig("starttls", loopback, 0, right.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig("ldaps-wrong-host", loopback, 0,
                        serverSsl(wrongHost).createSSLServerSocketFactory(), null))
                .start().addPeople(3);
    }

    /** A PKCS#12 trust store with the certificates of both listeners. */
    static Path writeTrustStore(Path folder) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String name : new String[] {"right-host", "wrong-host"}) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(folder.resolve(name + ".p12"))) {
                server.load(in, STORE_PASSWORD.toCharArray());
            }
            trust.setCertificateEntry(name, server.getCertificate("server-cert"));
        }
        Path file = folder.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, STORE_PASSWORD.toCharArray());
        }
        return file;
    }

    private static Path certificate(Path file, String commonName, String ip, String dns) {
        List<String> args = new ArrayList<>(List.of("generate-self-signed-certificate", "--keystore",
                file.toString(), "--keystore-password", STORE_PASSWORD, "--keystore-type", "PKCS12", "--alias",
                "server-cert", "--subject-dn", "CN=" + commonName, "--days-valid", "2", "--key-algorithm", "RSA",
                "--key-size-bits", "2048", "--signature-algorithm", "SHA256withRSA", "--subject-alternative-name-dns",
                dns));
        if (ip != null) {
            args.addAll(List.of("--subject-alternative-name-ip-address", ip));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCode result = ManageCertificates.main(null, output, output, args.toArray(String[]::new));
        if (result != ResultCode.SUCCESS) {
            throw new IllegalStateException("cannot make a test certificate: " + output);
        }
        return file;
    }

    private static SSLUtil serverSsl(Path keyStore) throws Exception {
        return new SSLUtil(new KeyStoreKeyManager(keyStore.toFile(), STORE_PASSWORD.toCharArray(), "PKCS12",
                "server-cert"), new TrustAllTrustManager());
    }
}
