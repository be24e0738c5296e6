package dev.profilesync.core;

/** Whether users without a Confluence licence appear in the People Directory and the Profile List macro. */
public enum UnlicensedUserPolicy {
    SHOW,
    HIDE;

    public boolean isListed(HostUser user) {
        return this == SHOW || user.licensed();
    }
}
