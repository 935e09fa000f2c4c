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
 * Deletes a log group that is useless: the group of a deleted Lambda function, or an empty one, quiet for the
 * minimum age. Log groups are deleted in one phase: unlike a volume they hold no state a workload depends on, and
 * the re-check right before deletion (function still gone, still quiet, still empty) closes the race with a
 * function being re-created.
 */
final class DeleteLogGroup implements Remediation {

    private final LogGroupView group;
    private final String reason;
    private final String orphanOf;
    private final LogGroupContext ctx;

    /** @param orphanOf the deleted function's name when the group is a Lambda function's, else null */
    DeleteLogGroup(LogGroupView group, String reason, String orphanOf, LogGroupContext ctx) {
        this.group = group;
        this.reason = reason;
        this.orphanOf = orphanOf;
        this.ctx = ctx;
    }

    @Override
    public List<Action> plan() {
        return List.of(Action.planned(ResourceType.LOG_GROUP, group.name(), group.region(), ActionType.DELETE,
                reason, LogStoragePrice.monthlyUsd(group.storedBytes())));
    }

    @Override
    public List<Action> apply() {
        Action action = plan().get(0);
        Optional<String> whyNot = recheck();
        if (whyNot.isPresent()) {
            return List.of(action.skipped(whyNot.get()));
        }
        AwsCall.of(AwsAction.LOGS_DELETE_LOG_GROUP, () -> ctx.logs().deleteLogGroup(r -> r.logGroupName(group.name())));
        return List.of(action.done());
    }

    private Optional<String> recheck() {
        Optional<LogGroupView> now = ctx.reader().reread(group.name());
        if (now.isEmpty()) {
            return Optional.of("log group no longer exists");
        }
        if (now.get().deletionProtected()) {
            return Optional.of("deletion protection enabled since the scan");
        }
        if (orphanOf != null && ctx.functions().existsNow(orphanOf)) {
            return Optional.of("function " + orphanOf + " exists again");
        }
        if (orphanOf == null && now.get().storedBytes() > 0) {
            return Optional.of("no longer empty: " + now.get().storedBytes() + " bytes stored");
        }
        if (!ctx.quietSinceMinAge(group.name())) {
            return Optional.of("received events since the scan");
        }
        return Optional.empty();
    }
}
