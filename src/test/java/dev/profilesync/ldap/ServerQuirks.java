package dev.profilesync.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Misbehaviour switched on per test, over real LDAP connections: a server that drops the paged results response
 * control, answers slowly or rejects filters. Also records on which connection each search arrived.
 */
final class ServerQuirks extends InMemoryOperationInterceptor {
    volatile boolean dropPagedResponseControl;
    volatile long searchDelayMillis;
    volatile boolean rejectFilters;
    final List<Long> pagedSearchConnections = new CopyOnWriteArrayList<>();
    final List<Long> searchConnections = new CopyOnWriteArrayList<>();
    final List<String> filters = new CopyOnWriteArrayList<>();

    void reset() {
        dropPagedResponseControl = false;
        searchDelayMillis = 0;
        rejectFilters = false;
        pagedSearchConnections.clear();
        searchConnections.clear();
        filters.clear();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        searchConnections.add(request.getConnectionID());
        filters.add(request.getRequest().getFilter().toString());
        if (request.getRequest().hasControl(SimplePagedResultsControl.PAGED_RESULTS_OID)) {
            pagedSearchConnections.add(request.getConnectionID());
        }
        if (rejectFilters) {
            throw new LDAPException(ResultCode.FILTER_ERROR, "filter not supported here");
        }
        if (searchDelayMillis > 0) {
            try {
                Thread.sleep(searchDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void processSearchResult(InMemoryInterceptedSearchResult result) {
        if (dropPagedResponseControl) {
            LDAPResult original = result.getResult();
            result.setResult(new LDAPResult(original.getMessageID(), original.getResultCode(),
                    original.getDiagnosticMessage(), original.getMatchedDN(), original.getReferralURLs(),
                    new Control[0]));
        }
    }
}
