package dev.profilesync.web;

import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.port.HostSchedule;
import dev.profilesync.core.port.ScheduleInfo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scheduled job: shown always, its cron expression edited here only where the host allows it. */
final class ScheduleController {
    private final HostSchedule schedule;

    ScheduleController(HostSchedule schedule) {
        this.schedule = schedule;
    }

    void register(Routes routes) {
        routes.read("schedule", request -> ApiJson.ok(json(schedule.current())))
                .write("schedule", this::update);
    }

    private ApiResponse update(ApiRequest request) {
        if (!schedule.current().editable()) {
            throw ApiException.conflict(request.caller().translations().text("profilesync.api.schedule.host"));
        }
        UpdateRequest update = ApiJson.read(request.body(), UpdateRequest.class);
        if (update.cron() == null || update.cron().isBlank()) {
            throw new InvalidSettingException("cron", "schedule.cron.empty",
                    "enter a cron expression, e.g. 0 11 1 * * ? for 1:11 a.m. every night");
        }
        schedule.update(update.cron().trim());
        return ApiJson.ok(json(schedule.current()));
    }

    static Map<String, Object> json(ScheduleInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobName", info.jobName());
        json.put("cron", info.cron());
        json.put("nextRun", info.nextRun().map(Object::toString).orElse(null));
        json.put("enabled", info.enabled());
        json.put("editable", info.editable());
        json.put("adminLink", info.adminLink().orElse(null));
        return json;
    }

    record UpdateRequest(String cron) {
    }
}
