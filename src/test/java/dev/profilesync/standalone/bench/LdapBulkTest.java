package dev.profilesync.standalone.bench;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LdapBulkTest {
    private static final String BASE = "dc=example,dc=com";
    private static final String CONTAINER = "ou=bench-people," + BASE;
    private InMemoryDirectoryServer server;

    @BeforeEach
    void startServer() throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null);
        server = new InMemoryDirectoryServer(config);
        server.startListening();
        server.add(new Entry(BASE, new Attribute("objectClass", "domain")));
    }

    @AfterEach
    void stopServer() {
        server.shutDown(true);
    }

    @Test
    void addsOverSeveralConnectionsInTurn() throws LDAPException {
        try (LDAPConnection first = server.getConnection(); LDAPConnection second = server.getConnection()) {
            List<Entry> entries = new ArrayList<>(List.of(ou(CONTAINER)));
            for (int i = 0; i < 50; i++) {
                entries.add(person("uid=p" + i + "," + CONTAINER));
            }

            new LdapBulk(List.of(first, second)).add(entries.subList(0, 1));
            new LdapBulk(List.of(first, second)).add(entries.subList(1, entries.size()));
        }

        assertThat(server.countEntriesBelow(CONTAINER)).isEqualTo(51);
    }

    @Test
    void deletesASubtreeInBatchesChildrenFirst() throws LDAPException {
        server.add(ou(CONTAINER));
        for (int i = 0; i < 25; i++) {
            server.add(person("uid=p" + i + "," + CONTAINER));
        }
        server.add(ou("ou=team," + CONTAINER));
        for (int i = 0; i < 3; i++) {
            server.add(person("uid=t" + i + ",ou=team," + CONTAINER));
        }

        long deleted;
        try (LDAPConnection connection = server.getConnection()) {
            deleted = new LdapBulk(List.of(connection), 7).deleteSubtree(CONTAINER);
        }

        assertThat(deleted).isEqualTo(30);
        assertThat(server.getEntry(CONTAINER)).isNull();
        assertThat(server.countEntries()).isEqualTo(1);
    }

    @Test
    void deletingWhatDoesNotExistDoesNothing() throws LDAPException {
        try (LDAPConnection connection = server.getConnection()) {
            assertThat(new LdapBulk(connection).deleteSubtree(CONTAINER)).isZero();
        }
    }

    private static Entry ou(String dn) {
        return new Entry(dn, new Attribute("objectClass", "organizationalUnit"));
    }

    private static Entry person(String dn) {
        return new Entry(dn, new Attribute("objectClass", "inetOrgPerson"));
    }
}
