package io.finguard.cleanup.deploy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.finguard.cleanup.model.ActionStatus;
import java.util.List;
import java.util.Locale;

/** The report of {@code cleanup schedule} (schema version 1). */
@JsonPropertyOrder({"schemaVersion", "dryRun", "steps"})
public record DeploymentReport(int schemaVersion, boolean dryRun, List<DeploymentStep> steps) {

    public DeploymentReport {
        steps = List.copyOf(steps);
    }

    public static DeploymentReport of(boolean dryRun, List<DeploymentStep> steps) {
        return new DeploymentReport(1, dryRun, steps);
    }

    @JsonIgnore
    public boolean hasFailures() {
        return steps.stream().anyMatch(s -> s.status() == ActionStatus.FAILED);
    }

    public String toText() {
        StringBuilder sb = new StringBuilder(dryRun ? "finguard cleanup schedule (dry run: nothing was changed)"
                : "finguard cleanup schedule (applied)").append(System.lineSeparator());
        for (DeploymentStep s : steps) {
            sb.append(String.format(Locale.ROOT, "  %-8s %-21s %-16s %s%n", s.status().jsonName(),
                    s.action(), s.resource(), s.name()));
            sb.append("           ").append(s.detail()).append(System.lineSeparator());
            if (s.error() != null) {
                sb.append("           failed: ").append(s.error()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
