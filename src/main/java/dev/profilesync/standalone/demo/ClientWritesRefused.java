package dev.profilesync.standalone.demo;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

/**
 * Refuses every write that arrives over the network, whoever is bound: the demo directory listens on a port any
 * local user can reach, and only the demo itself may change its people. The demo's own adds go straight to the
 * server object, not through a connection, so they never meet this interceptor.
 */
final class ClientWritesRefused extends InMemoryOperationInterceptor {
    private static final String MESSAGE = "the demo directory is read-only over LDAP: only the demo changes its people";

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        throw refused();
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        throw refused();
    }

    @Override
    public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
        throw refused();
    }

    @Override
    public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
        throw refused();
    }

    private static LDAPException refused() {
        return new LDAPException(ResultCode.UNWILLING_TO_PERFORM, MESSAGE);
    }
}
