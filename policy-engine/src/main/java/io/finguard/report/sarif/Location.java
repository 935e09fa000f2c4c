package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A place in a file, or (for a finding from a plan without HCL) a resource address. {@code id} and {@code message}
 * only for a result's {@code relatedLocations} (the {@code module} blocks that created its instances).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
                       Message message) {

    public static Location physical(PhysicalLocation physical) {
        return new Location(null, physical, null, null);
    }

    public static Location logical(LogicalLocation logical) {
        return new Location(null, null, List.of(logical), null);
    }

    /** This location as the {@code id}-th related location of a result, explained by {@code text}. */
    public Location related(int id, String text) {
        return new Location(id, physicalLocation, logicalLocations, new Message(text));
    }
}
