package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
