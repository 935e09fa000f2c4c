package io.finguard.cleanup.logs;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.model.Action;
import io.finguard.cleanup.model.ActionType;
import io.finguard.cleanup.model.Remediation;
import io.finguard.cleanup.model.ResourceType;
import java.util.List;
import java.util.Optional;

/**
 * Gives a never-expiring log group the retention of its environment. The saving is reported as 0: it depends on
 * how much of the stored data is older than the new retention, which the API does not tell.
 */
final class SetRetention implements Remediation {

    private final LogGroupView group;
    private final RetentionChoice.Choice choice;
    private final LogGroupContext ctx;

    SetRetention(LogGroupView group, RetentionChoice.Choice choice, LogGroupContext ctx) {
        this.group = group;
        this.choice = choice;
        this.ctx = ctx;
    }

    @Override
    public List<Action> plan() {
        return List.of(Action.planned(ResourceType.LOG_GROUP, group.name(), group.region(), ActionType.SET_RETENTION,
                "never expires (" + group.storedBytes() + " bytes stored); environment " + choice.environment()
                        + " (" + choice.source() + "): set retention to " + choice.days() + " days", 0));
    }

    @Override
    public List<Action> apply() {
        Action action = plan().get(0);
        Optional<LogGroupView> now = ctx.reader().reread(group.name());
        if (now.isEmpty()) {
            return List.of(action.skipped("log group no longer exists"));
        }
        if (now.get().retentionDays() != null) {
            return List.of(action.skipped("retention set to " + now.get().retentionDays() + " days since the scan"));
        }
        AwsCall.of(AwsAction.LOGS_PUT_RETENTION_POLICY, () -> ctx.logs().putRetentionPolicy(r -> r
                .logGroupName(group.name()).retentionInDays(choice.days())));
        return List.of(action.done());
    }
}
