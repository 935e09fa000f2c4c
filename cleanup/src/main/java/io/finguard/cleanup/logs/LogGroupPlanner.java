package io.finguard.cleanup.logs;

import io.finguard.cleanup.aws.AwsCallException;
import io.finguard.cleanup.model.CheckFailed;
import io.finguard.cleanup.model.JobSettings;
import io.finguard.cleanup.model.Remediation;
import io.finguard.cleanup.model.ResourceType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Decides per log group: delete it (a deleted function's group, or an empty group that is not a Lambda function's,
 * quiet for the minimum age), or give it a retention (it never expires), or leave it. A live function's group is
 * never deleted, however empty: it only gets a retention when it has none.
 */
public final class LogGroupPlanner {

    private static final Logger LOG = Logger.getLogger(LogGroupPlanner.class.getName());

    static final String LAMBDA_PREFIX = "/aws/lambda/";
    /**
     * Lambda@Edge writes replica logs to {@code /aws/lambda/us-east-1.<function>} in every region; that function
     * lives in us-east-1, so "not found here" proves nothing and such groups are never treated as orphans.
     */
    private static final Pattern EDGE_REPLICA = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d+\\..+");

    private final LogGroupContext ctx;
    private final RetentionChoice retention;

    public LogGroupPlanner(CloudWatchLogsClient logs, LambdaClient lambda, String region, JobSettings settings,
                           RetentionChoice retention, Clock clock) {
        this.ctx = new LogGroupContext(logs, new LogGroupReader(logs, region), new FunctionIndex(lambda),
                settings.minAge(), clock);
        this.retention = retention;
    }

    public List<Remediation> plan() {
        List<Remediation> out = new ArrayList<>();
        for (LogGroupView g : ctx.reader().all()) {
            try {
                decide(g).ifPresent(out::add);
            } catch (AwsCallException e) {
                out.add(new CheckFailed(ResourceType.LOG_GROUP, g.name(), g.region(), e.getMessage()));
            }
        }
        return out;
    }

    private Optional<Remediation> decide(LogGroupView g) {
        String orphanOf = orphanedFunction(g);
        if (orphanOf != null && ctx.quietSinceMinAge(g.name())) {
            return Optional.of(new DeleteLogGroup(g, "function " + orphanOf + " no longer exists and the group had"
                    + " no event for the minimum age", orphanOf, ctx));
        }
        // A Lambda function's group goes only with its function: Lambda re-creates a deleted one on the next
        // invocation, without retention, so deleting a live function's empty group breeds a never-expiring one.
        if (orphanOf == null && !isLambdaGroup(g) && isOldAndEmpty(g) && ctx.quietSinceMinAge(g.name())) {
            return Optional.of(new DeleteLogGroup(g, "empty (no stored bytes) and older than the minimum age", null, ctx));
        }
        if (g.retentionDays() == null) {
            return Optional.of(new SetRetention(g, choose(g), ctx));
        }
        return Optional.empty();
    }

    /**
     * The environment's retention. Tags that cannot be read (a missing permission, an emulator without the API)
     * leave the name to decide, as for an untagged group, rather than failing the group; the reason says so.
     */
    private RetentionChoice.Choice choose(LogGroupView g) {
        try {
            return retention.choose(g.name(), ctx.reader().tags(g));
        } catch (AwsCallException e) {
            LOG.warning(() -> "tags of " + g.name() + " unreadable, using its name: " + e.getMessage());
            RetentionChoice.Choice byName = retention.choose(g.name(), Map.of());
            return new RetentionChoice.Choice(byName.environment(), byName.days(),
                    byName.source() + "; tags unreadable");
        }
    }

    /** The function name when the group belongs to a Lambda function that no longer exists, else null. */
    private String orphanedFunction(LogGroupView g) {
        if (g.deletionProtected() || !g.name().startsWith(LAMBDA_PREFIX) || !ctx.olderThanMinAge(g)) {
            return null;
        }
        String function = g.name().substring(LAMBDA_PREFIX.length());
        if (function.isEmpty() || EDGE_REPLICA.matcher(function).matches() || ctx.functions().contains(function)) {
            return null;
        }
        return function;
    }

    private static boolean isLambdaGroup(LogGroupView g) {
        return g.name().startsWith(LAMBDA_PREFIX);
    }

    private boolean isOldAndEmpty(LogGroupView g) {
        return !g.deletionProtected() && g.storedBytes() == 0 && ctx.olderThanMinAge(g);
    }
}
