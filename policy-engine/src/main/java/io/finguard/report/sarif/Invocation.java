package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** How the run went: files it could not read or parse are notifications, not results. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {
}
