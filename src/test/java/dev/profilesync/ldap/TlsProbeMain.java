package dev.profilesync.ldap;

import dev.profilesync.core.DirectoryException;
import dev.profilesync.testing.ConfigBuilder;
import dev.profilesync.testing.TestDirectory;

import java.util.Set;

/**
 * Run by {@link TlsTest} in a child JVM started with -Djavax.net.ssl.trustStore, because the JVM reads its default
 * trust store once. Arguments: pairs of URL and security mode (a mode ending in "/wrong-password" binds with a wrong
 * password); prints one line per pair: OK with the number of users read, or FAILED with the message. The bind
 * password comes from the environment variable PROBE_PASSWORD.
 */
final class TlsProbeMain {
    private TlsProbeMain() {
    }

    public static void main(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            String[] mode = args[i + 1].split("/");
            String password = mode.length > 1 ? "wrong-password" : System.getenv("PROBE_PASSWORD");
            LdapDirectoryReader reader = new ConfigBuilder().url(args[i])
                    .security(LdapDirectoryConfig.Security.valueOf(mode[0])).bindDn(TestDirectory.READER_DN)
                    .password(password).baseDn(TestDirectory.BASE).userDn("ou=people").reader();
            CollectingSink sink = new CollectingSink();
            try {
                reader.readAll(Set.of("cn"), sink);
                System.out.println("OK " + args[i] + " " + args[i + 1] + " " + sink.entries.size());
            } catch (DirectoryException e) {
                System.out.println("FAILED " + args[i] + " " + args[i + 1] + " " + e.getMessage());
            }
        }
    }
}
