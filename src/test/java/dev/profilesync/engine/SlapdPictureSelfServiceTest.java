package dev.profilesync.engine;

import com.unboundid.ldap.sdk.LDAPException;
import dev.profilesync.ldap.WritableDirectory;

/** {@link PictureSelfServiceContract} on the real slapd (.ci/test-env.sh), jpegPhoto. Skipped without slapd. */
class SlapdPictureSelfServiceTest extends PictureSelfServiceContract {
    @Override
    protected WritableDirectory server() throws LDAPException {
        return WritableDirectory.slapd();
    }
}
