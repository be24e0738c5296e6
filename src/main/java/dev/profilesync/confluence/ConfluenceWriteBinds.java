package dev.profilesync.confluence;

import dev.profilesync.core.port.WriteAccounts;
import dev.profilesync.ldap.WriteBind;

import java.util.Map;
import java.util.Optional;

/**
 * The write binds the plugin keeps per Crowd directory id (Crowd's directory settings have no place for one), over
 * the store's {@link WriteAccounts}: a DN is checked as the standalone write bind's is before it is saved, and a
 * saved account becomes the {@link WriteBind} of the directory's config. The secret is never returned. Thread-safe.
 */
final class ConfluenceWriteBinds implements WriteAccounts {
    private final WriteAccounts stored;

    ConfluenceWriteBinds(WriteAccounts stored) {
        this.stored = stored;
    }

    /** The write bind of this directory; {@link WriteBind#OFF} when none is set. */
    WriteBind bindOf(String directoryId) {
        return stored.account(directoryId).map(a -> new WriteBind(a.bindDn(), a.secret())).orElse(WriteBind.OFF);
    }

    @Override
    public Optional<WriteAccount> account(String directoryId) {
        return stored.account(directoryId);
    }

    @Override
    public Map<String, String> bindDns() {
        return stored.bindDns();
    }

    @Override
    public void save(String directoryId, String bindDn, String secret) {
        // Checks the DN (and a new secret) as the standalone write bind is checked; a kept secret was checked before.
        new WriteBind(bindDn, secret == null || secret.isEmpty() ? "kept" : secret);
        stored.save(directoryId, bindDn, secret);
    }
}
