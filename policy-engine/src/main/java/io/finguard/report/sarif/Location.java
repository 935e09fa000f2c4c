package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A place in a file, or (for a finding from a plan without HCL) a resource address. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {

    public static Location physical(PhysicalLocation physical) {
        return new Location(physical, null);
    }

    public static Location logical(LogicalLocation logical) {
        return new Location(null, List.of(logical));
    }
}
