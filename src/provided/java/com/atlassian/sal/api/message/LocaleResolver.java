package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import javax.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

public interface LocaleResolver {
    Locale getLocale(HttpServletRequest request);

    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Locale getApplicationLocale();

    Set<Locale> getSupportedLocales();
}
