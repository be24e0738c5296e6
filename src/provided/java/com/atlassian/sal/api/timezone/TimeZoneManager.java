package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

public interface TimeZoneManager {
    TimeZone getDefaultTimeZone();
}
