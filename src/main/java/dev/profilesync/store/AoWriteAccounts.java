package dev.profilesync.store;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.port.WriteAccounts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Write accounts in {@link SettingEntity} rows, {@code writeBind.<directory id>.bindDn} and {@code .secret}: in the
 * host's database, as Crowd keeps a directory's read bind password in its own tables. The secret is stored as given
 * (there is no key to encrypt it with that the database would not sit next to) and is never read back by anything
 * but the writer. Thread-safe.
 */
final class AoWriteAccounts implements WriteAccounts {
    static final String PREFIX = "writeBind.";
    private static final String DN = ".bindDn";
    private static final String SECRET = ".secret";

    private final SettingRows rows;

    AoWriteAccounts(AoAccess ao) {
        this.rows = new SettingRows(ao);
    }

    @Override
    public Optional<WriteAccount> account(String directoryId) {
        Map<String, String> values = rows.read(PREFIX + directoryId + ".");
        String dn = values.getOrDefault(PREFIX + directoryId + DN, "");
        String secret = values.getOrDefault(PREFIX + directoryId + SECRET, "");
        return dn.isEmpty() || secret.isEmpty() ? Optional.empty() : Optional.of(new WriteAccount(dn, secret));
    }

    @Override
    public Map<String, String> bindDns() {
        Map<String, String> dns = new TreeMap<>();
        rows.read(PREFIX).forEach((key, value) -> {
            if (key.endsWith(DN) && !value.isEmpty()) {
                dns.put(key.substring(PREFIX.length(), key.length() - DN.length()), value);
            }
        });
        return dns;
    }

    @Override
    public void save(String directoryId, String bindDn, String secret) {
        if (directoryId == null || !directoryId.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("not a directory id: " + directoryId);
        }
        String dnKey = PREFIX + directoryId + DN;
        String secretKey = PREFIX + directoryId + SECRET;
        String dn = bindDn == null ? "" : bindDn.trim();
        if (dn.isEmpty()) {
            rows.replace(Map.of(), List.of(dnKey, secretKey));
            return;
        }
        if (secret == null || secret.isEmpty()) {
            if (account(directoryId).isEmpty()) {
                throw new InvalidSettingException("writeBind.password", "ldap.writeBind.password",
                        "the write bind " + dn + " has no password: give it one");
            }
            rows.replace(Map.of(dnKey, dn), List.of());
        } else {
            rows.replace(Map.of(dnKey, dn, secretKey, secret), List.of());
        }
    }
}
