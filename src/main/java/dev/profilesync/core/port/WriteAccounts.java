package dev.profilesync.core.port;

import java.util.Map;
import java.util.Optional;

/**
 * Port: the write accounts a host keeps itself, per directory id, where the directory's own settings have no place
 * for one (Confluence: Crowd's LDAP directories hold only the read bind). Thread-safe.
 */
public interface WriteAccounts {

    /** The write account of this directory; empty when write-back is off for it. */
    Optional<WriteAccount> account(String directoryId);

    /** The bind DN of every directory that has a write account, by directory id; never a secret. */
    Map<String, String> bindDns();

    /**
     * Sets this directory's write account. An empty DN turns write-back off and forgets the secret; a null secret
     * keeps the one already stored (the page never gets it back to re-send).
     *
     * @throws dev.profilesync.core.InvalidSettingException when a DN is given and there is neither a new nor a stored secret
     */
    void save(String directoryId, String bindDn, String secret);

    /**
     * A write account: DN and secret. {@link #toString()} never shows the secret.
     */
    record WriteAccount(String bindDn, String secret) {
        @Override
        public String toString() {
            return "WriteAccount[bindDn=" + bindDn + ", secret=(hidden)]";
        }
    }
}
