package com.atlassian.confluence.api.service.accessmode;

public interface AccessModeService {
    boolean isReadOnlyAccessModeEnabled();
}
