package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.Schedule;

import java.util.Date;

public interface JobDetails {
    Schedule getSchedule();

    Date getNextRunTime();
}
