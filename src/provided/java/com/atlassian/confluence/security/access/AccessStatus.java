package com.atlassian.confluence.security.access;

public interface AccessStatus {
    boolean hasLicensedAccess();
}
