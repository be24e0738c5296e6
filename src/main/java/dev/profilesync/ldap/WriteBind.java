package dev.profilesync.ldap;

/**
 * The account write-back binds as: its own DN and password, separate from the read bind so that the sync can keep
 * a read-only account. Off (empty DN) by default. Immutable; {@link #toString()} never shows the password.
 *
 * @param bindDn   DN of the writing account; empty means write-back is off for the directory
 * @param password its password; never logged or shown
 */
public record WriteBind(String bindDn, String password) {
    /** Write-back off. */
    public static final WriteBind OFF = new WriteBind("", "");

    public WriteBind {
        bindDn = bindDn == null ? "" : bindDn.trim();
        SettingChecks.dn(bindDn, "writeBind.bindDn", false);
        password = password == null ? "" : password;
        // An empty password would make JNDI bind anonymously ("unauthenticated bind"), which writes nothing and
        // reports success for the bind: refuse it up front.
        SettingChecks.require(bindDn.isEmpty() || !password.isEmpty(), "writeBind.password", "ldap.writeBind.password",
                "the write bind " + bindDn + " has no password: set it, or clear the write bind DN to turn write-back off");
    }

    public boolean enabled() {
        return !bindDn.isEmpty();
    }

    @Override
    public String toString() {
        return enabled() ? "WriteBind[bindDn=" + bindDn + ", password=(hidden)]" : "WriteBind[off]";
    }
}
