package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
