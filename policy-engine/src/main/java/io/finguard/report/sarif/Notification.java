package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A tool execution notification: a file that could not be loaded (level {@code error}), or a suppression comment
 * that matched nothing ({@code warning}, {@code error} under {@code --strict}).
 *
 * @param descriptor what kind of notification it is, when a consumer may want to tell them apart; or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(String level, Message message, List<Location> locations,
                           ReportingDescriptorReference descriptor) {

    public Notification(String level, Message message, List<Location> locations) {
        this(level, message, locations, null);
    }
}
