package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String level, Message message, List<Location> locations) {
}
