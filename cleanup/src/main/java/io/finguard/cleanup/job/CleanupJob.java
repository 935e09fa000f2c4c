package io.finguard.cleanup.job;

import io.finguard.cleanup.aws.RegionClients;
import io.finguard.cleanup.aws.Sleeper;
import io.finguard.cleanup.ebs.EbsPriceTable;
import io.finguard.cleanup.ebs.VolumePlanner;
import io.finguard.cleanup.logs.LogGroupPlanner;
import io.finguard.cleanup.logs.RetentionChoice;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;
import io.finguard.cleanup.model.Remediation;
import io.finguard.cleanup.model.ResourceType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One cleanup run over the settings' regions. Every failure stays local: a region or service that cannot be listed
 * becomes one failed action, a resource that cannot be changed becomes failed actions, and the run goes on.
 */
public final class CleanupJob {

    private static final Logger LOG = Logger.getLogger(CleanupJob.class.getName());

    private final JobSettings settings;
    private final Function<String, RegionClients> clientsForRegion;
    private final EbsPriceTable prices;
    private final RetentionChoice retention;
    private final Clock clock;
    private final Sleeper sleeper;

    public CleanupJob(JobSettings settings, Function<String, RegionClients> clientsForRegion, EbsPriceTable prices,
                      RetentionChoice retention, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clientsForRegion = clientsForRegion;
        this.prices = prices;
        this.retention = retention;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public CleanupReport run() {
        List<Action> actions = new ArrayList<>();
        for (String region : settings.regions()) {
            try (RegionClients c = clientsForRegion.apply(region)) {
                actions.addAll(handle(region, ResourceType.EBS_VOLUME, () -> new VolumePlanner(c.ec2(), region,
                        settings, prices, clock, sleeper).plan()));
                actions.addAll(handle(region, ResourceType.LOG_GROUP, () -> new LogGroupPlanner(c.logs(), c.lambda(),
                        region, settings, retention, clock).plan()));
            }
        }
        return CleanupReport.of(!settings.apply(), actions);
    }

    private List<Action> handle(String region, ResourceType type, Supplier<List<Remediation>> planner) {
        List<Remediation> plan;
        try {
            plan = planner.get();
        } catch (RuntimeException e) {
            LOG.warning(() -> "listing " + type.jsonName() + "s in " + region + " failed: " + e.getMessage());
            LOG.log(Level.FINE, "listing failed", e);
            String reason = "could not list the region's " + type.jsonName() + "s";
            return List.of(Action.planned(type, "*", region, ActionType.NONE, reason, 0).failed(e.getMessage()));
        }
        LOG.info(() -> region + ": " + plan.size() + " " + type.jsonName() + " candidate(s)");
        List<Action> out = new ArrayList<>();
        for (Remediation r : plan) {
            out.addAll(settings.apply() ? applyOne(r) : r.plan());
        }
        return out;
    }

    private static List<Action> applyOne(Remediation r) {
        try {
            return r.apply();
        } catch (RuntimeException e) {
            // the report carries the message; the stack trace only helps when debugging (-Djava.util.logging…=FINE)
            LOG.warning(() -> "action failed: " + e.getMessage());
            LOG.log(Level.FINE, "action failed", e);
            return r.plan().stream().map(a -> a.failed(e.getMessage())).toList();
        }
    }
}
