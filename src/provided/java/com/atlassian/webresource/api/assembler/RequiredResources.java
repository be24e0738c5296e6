package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
