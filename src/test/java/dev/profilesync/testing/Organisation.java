package dev.profilesync.testing;

import com.unboundid.ldap.sdk.Entry;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated organisation for the admin page's tests: user0001 ... with varying departments and titles. One user's
 * department holds a script tag and their title an img-onerror, to prove that nothing from the directory runs in the
 * page.
 */
public final class Organisation {
    public static final String SCRIPT_VALUE = "<script>alert(1)</script>";
    public static final String IMG_VALUE = "<img src=x onerror=alert(2)>";
    public static final String HOSTILE_USER = "user0002";
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance", "Support", "Marketing"};

    private Organisation() {
    }

    static List<Entry> people(int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String uid = username(i);
            boolean hostile = uid.equals(HOSTILE_USER);
            entries.add(TestDirectory.person(uid, "cn", "Person " + i, "givenName", "Person", "sn", "Number " + i,
                    "mail", uid + "@example.com",
                    "departmentNumber", hostile ? SCRIPT_VALUE : DEPARTMENTS[i % DEPARTMENTS.length],
                    "title", hostile ? IMG_VALUE : "Title " + (i % 7)));
        }
        return entries;
    }

    static List<String> usernames(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(username(i));
        }
        return List.copyOf(names);
    }

    private static String username(int i) {
        return String.format("user%04d", i);
    }
}
