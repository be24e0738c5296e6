package dev.profilesync.ldap;

import com.unboundid.ldap.sdk.LDAPException;

/**
 * {@link WriteBackContract} against the real slapd of .ci/test-env.sh: the admin (rootdn) as write bind may write,
 * the reader may not. Skipped without slapd.
 */
class SlapdWriteBackTest extends WriteBackContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.slapd();
    }
}
