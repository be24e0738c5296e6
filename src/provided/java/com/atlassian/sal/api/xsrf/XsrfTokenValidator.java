package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);
}
