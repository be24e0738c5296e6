package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.ldap.WritableDirectory;

/**
 * {@link SelfServiceContract} on the real Samba AD DC (.ci/test-env.sh): the Administrator writes, the reader is
 * refused (50, no write property access). Skipped without Samba.
 */
class SambaSelfServiceWriteBackTest extends SelfServiceContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.samba();
    }
}
