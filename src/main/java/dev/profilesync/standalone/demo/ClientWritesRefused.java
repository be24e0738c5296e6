package dev.profilesync.standalone.demo;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedAddRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedDeleteRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyDNRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedModifyRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses every write that arrives over the network, except a modify from the demo's own write-back account: the
 * demo directory listens on a port any local user can reach, and only the demo itself may change its people. The
 * demo's own adds go straight to the server object, not through a connection, so they never meet this interceptor.
 * A connection counts as the writer once a bind with the writer's DN succeeded on it, until it binds as someone
 * else. The set of writer connections grows by one per write-back connection, a few bytes each: fine for a demo.
 */
final class ClientWritesRefused extends InMemoryOperationInterceptor {
    private static final String MESSAGE = "the demo directory is read-only over LDAP: only the demo changes its people";
    private final DN writerDn;
    private final Set<Long> writerConnections = ConcurrentHashMap.newKeySet();

    /** @param writerDn the one account whose modifies pass (the demo's write bind); null refuses every write */
    ClientWritesRefused(DN writerDn) {
        this.writerDn = writerDn;
    }

    @Override
    public void processSimpleBindResult(InMemoryInterceptedSimpleBindResult result) {
        if (result.getResult().getResultCode() == ResultCode.SUCCESS && isWriter(result.getRequest().getBindDN())) {
            writerConnections.add(result.getConnectionID());
        } else {
            writerConnections.remove(result.getConnectionID());
        }
    }

    @Override
    public void processAddRequest(InMemoryInterceptedAddRequest request) throws LDAPException {
        throw refused();
    }

    @Override
    public void processModifyRequest(InMemoryInterceptedModifyRequest request) throws LDAPException {
        if (!writerConnections.contains(request.getConnectionID())) {
            throw refused();
        }
    }

    @Override
    public void processDeleteRequest(InMemoryInterceptedDeleteRequest request) throws LDAPException {
        throw refused();
    }

    @Override
    public void processModifyDNRequest(InMemoryInterceptedModifyDNRequest request) throws LDAPException {
        throw refused();
    }

    private boolean isWriter(String bindDn) {
        try {
            return writerDn != null && writerDn.equals(new DN(bindDn));
        } catch (LDAPException e) {
            // Not a DN at all: certainly not the writer; the server answers the bind itself.
            return false;
        }
    }

    private static LDAPException refused() {
        return new LDAPException(ResultCode.UNWILLING_TO_PERFORM, MESSAGE);
    }
}
