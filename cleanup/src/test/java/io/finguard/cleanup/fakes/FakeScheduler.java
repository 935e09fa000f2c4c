package io.finguard.cleanup.fakes;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.GetScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ResourceNotFoundException;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleResponse;

/** A stateful EventBridge Scheduler keyed by group and name. */
public final class FakeScheduler implements SchedulerClient {

    private final CallLog log;
    private final Map<String, GetScheduleResponse> schedules = new LinkedHashMap<>();

    public FakeScheduler(CallLog log) {
        this.log = log;
    }

    public GetScheduleResponse schedule(String group, String name) {
        return schedules.get(group + "/" + name);
    }

    @Override
    public GetScheduleResponse getSchedule(GetScheduleRequest r) {
        log.record("scheduler:GetSchedule");
        GetScheduleResponse s = schedules.get(group(r.groupName()) + "/" + r.name());
        if (s == null) {
            throw ResourceNotFoundException.builder().statusCode(404)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ResourceNotFoundException")
                            .errorMessage("Schedule " + r.name() + " does not exist.").build()).build();
        }
        return s;
    }

    @Override
    public CreateScheduleResponse createSchedule(CreateScheduleRequest r) {
        log.record("scheduler:CreateSchedule");
        String key = group(r.groupName()) + "/" + r.name();
        if (schedules.containsKey(key)) {
            throw ConflictException.builder().statusCode(409)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ConflictException")
                            .errorMessage("Schedule " + r.name() + " already exists.").build()).build();
        }
        schedules.put(key, GetScheduleResponse.builder().name(r.name()).groupName(group(r.groupName()))
                .arn("arn:aws:scheduler:eu-west-1:123456789012:schedule/" + key)
                .scheduleExpression(r.scheduleExpression()).state(r.state()).target(r.target())
                .flexibleTimeWindow(r.flexibleTimeWindow()).build());
        return CreateScheduleResponse.builder().scheduleArn(schedules.get(key).arn()).build();
    }

    @Override
    public UpdateScheduleResponse updateSchedule(UpdateScheduleRequest r) {
        log.record("scheduler:UpdateSchedule");
        String key = group(r.groupName()) + "/" + r.name();
        GetScheduleResponse old = schedules.get(key);
        if (old == null) {
            getSchedule(GetScheduleRequest.builder().name(r.name()).groupName(r.groupName()).build());
        }
        schedules.put(key, old.toBuilder().scheduleExpression(r.scheduleExpression()).state(r.state())
                .target(r.target()).flexibleTimeWindow(r.flexibleTimeWindow()).build());
        return UpdateScheduleResponse.builder().scheduleArn(old.arn()).build();
    }

    private static String group(String g) {
        return g == null ? "default" : g;
    }

    @Override
    public String serviceName() {
        return "scheduler";
    }

    @Override
    public void close() {
        // state outlives a run
    }
}
