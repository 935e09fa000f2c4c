package io.finguard.cleanup.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Totals of a report. {@code estimatedMonthlySavingsUsd} adds the actions that lead to a saving and have not
 * failed or been skipped; a snapshot saves nothing (it costs a little), so it is not counted.
 */
@JsonPropertyOrder({"resources", "actions", "planned", "done", "failed", "skipped", "estimatedMonthlySavingsUsd"})
public record Summary(int resources, int actions, int planned, int done, int failed, int skipped,
                      double estimatedMonthlySavingsUsd) {

    public static Summary of(List<Action> actions) {
        Set<String> resources = new HashSet<>();
        int planned = 0;
        int done = 0;
        int failed = 0;
        int skipped = 0;
        double savings = 0;
        for (Action a : actions) {
            resources.add(a.resourceType().jsonName() + '|' + a.region() + '|' + a.id());
            switch (a.status()) {
                case PLANNED -> planned++;
                case DONE -> done++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
            boolean counts = a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.DONE;
            if (counts && a.action() != ActionType.SNAPSHOT) {
                savings += a.estimatedMonthlySavingsUsd();
            }
        }
        return new Summary(resources.size(), actions.size(), planned, done, failed, skipped,
                Math.round(savings * 100.0) / 100.0);
    }
}
