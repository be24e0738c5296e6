package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.ldap.WritableDirectory;

/** {@link SaveAndTestContract} on the real slapd: the admin (rootdn) passes, the reader is refused. */
class SaveAndTestSlapdTest extends SaveAndTestContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.slapd();
    }
}
