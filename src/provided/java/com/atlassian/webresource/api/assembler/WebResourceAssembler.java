package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
