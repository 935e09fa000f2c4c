package io.finguard.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The document: {@code $schema}, {@code version} 2.1.0 and its runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SarifLog(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    public static final String VERSION = "2.1.0";
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static SarifLog of(Run run) {
        return new SarifLog(SCHEMA_URI, VERSION, List.of(run));
    }
}
