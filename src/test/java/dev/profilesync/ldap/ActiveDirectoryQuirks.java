package dev.profilesync.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.SearchRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the in-memory server answer like a Windows domain controller, over real LDAP connections:
 * <ul>
 *   <li>ranged retrieval: an attribute with more than {@value #MAX_VAL_RANGE} values comes back as
 *       {@code attr;range=0-1499}, and {@code attr;range=1500-*} asks for the next slice;</li>
 *   <li>continuation references: the ManageDsaIT control that JNDI sends is ignored, so referral entries below the
 *       search base come back as references, which JNDI turns into "Unprocessed Continuation Reference(s)".</li>
 * </ul>
 */
final class ActiveDirectoryQuirks extends InMemoryOperationInterceptor {
    static final int MAX_VAL_RANGE = 1500;
    private static final String MANAGE_DSA_IT = "2.16.840.1.113730.3.4.2";
    private static final String RANGES = "ranges";

    /** Every ranged attribute the client asked for, e.g. memberOf;range=1500-*. */
    final List<String> rangedRequests = new CopyOnWriteArrayList<>();

    void reset() {
        rangedRequests.clear();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest intercepted) {
        SearchRequest request = intercepted.getRequest().duplicate();
        Map<String, Integer> ranges = new HashMap<>();
        List<String> attributes = new ArrayList<>();
        for (String attribute : request.getAttributes()) {
            int option = attribute.toLowerCase(Locale.ROOT).indexOf(";range=");
            if (option < 0) {
                attributes.add(attribute);
                continue;
            }
            String name = attribute.substring(0, option);
            String spec = attribute.substring(option + ";range=".length());
            ranges.put(name.toLowerCase(Locale.ROOT), Integer.parseInt(spec.substring(0, spec.indexOf('-'))));
            attributes.add(name);
            rangedRequests.add(attribute);
        }
        request.setAttributes(attributes);
        request.setControls(Arrays.stream(request.getControls())
                .filter(control -> !control.getOID().equals(MANAGE_DSA_IT)).toArray(Control[]::new));
        intercepted.setRequest(request);
        intercepted.setProperty(RANGES, ranges);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void processSearchEntry(InMemoryInterceptedSearchEntry intercepted) {
        Map<String, Integer> ranges = (Map<String, Integer>) intercepted.getProperty(RANGES);
        Entry entry = intercepted.getSearchEntry().duplicate();
        for (Attribute attribute : new ArrayList<>(entry.getAttributes())) {
            Integer low = ranges == null ? null : ranges.get(attribute.getBaseName().toLowerCase(Locale.ROOT));
            if (low == null && attribute.size() <= MAX_VAL_RANGE) {
                continue;
            }
            int from = low == null ? 0 : low;
            byte[][] values = attribute.getValueByteArrays();
            int to = Math.min(values.length, from + MAX_VAL_RANGE);
            String high = to == values.length ? "*" : Integer.toString(to - 1);
            entry.removeAttribute(attribute.getName());
            entry.addAttribute(new Attribute(attribute.getName() + ";range=" + from + "-" + high,
                    Arrays.copyOfRange(values, Math.min(from, values.length), to)));
        }
        intercepted.setSearchEntry(entry);
    }
}
