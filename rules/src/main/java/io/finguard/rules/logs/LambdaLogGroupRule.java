package io.finguard.rules.logs;

import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.edit.HclValue;
import io.finguard.api.edit.NewBlock;
import io.finguard.rules.CompanionBlock;
import io.finguard.rules.CompanionLabels;
import io.finguard.rules.EditableSource;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.rules.SharedBlocks;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG502 lambda-log-group: every Lambda function logs to a log group Terraform manages. Otherwise Lambda creates
 * {@code /aws/lambda/<function_name>} on first invocation, with no retention, and nobody ever expires it. The
 * retention it proposes comes from FG501's {@code max-days}, so FG502 has no parameters of its own.
 */
public final class LambdaLogGroupRule implements Rule {

    static final String ID = "FG502";
    static final String FUNCTION = "aws_lambda_function";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "lambda-log-group", Severity.MEDIUM,
            "Every Lambda function has a managed CloudWatch log group: /aws/lambda/<function_name> or the group "
                    + "its logging_config names.",
            Set.of(FUNCTION, LogRetentionRule.LOG_GROUP), List.of(), RuleDocs.resource(ID), RuleDocs.helpUri(ID));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        LambdaLogGroups groups = new LambdaLogGroups(context.resources(LogRetentionRule.LOG_GROUP));
        RetentionPolicy policy = new RetentionPolicy(context.parametersOf(LogRetentionRule.ID), context.planMode());
        List<Resource> functions = context.resources(FUNCTION);
        Map<Resource, Verdict> verdicts = new IdentityHashMap<>();
        for (Resource function : functions) {
            verdicts.put(function, verdict(groups, policy, function));
        }
        SharedBlocks shared = new SharedBlocks(functions);
        CompanionLabels labels = new CompanionLabels(context.model());
        for (Resource function : functions) {
            Verdict v = verdicts.get(function);
            if (v.unverified() != null) {
                context.unverified(function, v.unverified());
            } else if (v.message() != null) {
                String[] path = v.custom() ? new String[]{"logging_config", "log_group"} : new String[0];
                FixOutcome outcome = v.custom() ? FixOutcome.no(CUSTOM_GROUP)
                        : newLogGroup(function, v.days(), sharedDisagreement(function, v, shared, verdicts), labels);
                context.report(outcome.finding(function, context.locate(function, path), v.message()));
            }
        }
    }

    private static final String CUSTOM_GROUP = "finguard does not create a log group that logging_config names: "
            + "several functions may share it, or another configuration may manage it; manage it with an "
            + "aws_cloudwatch_log_group where it belongs, or point log_group at one";

    /**
     * What one function needs: nothing, a finding (its message; for the default group, the retention its new log
     * group gets), or to be counted as unverified.
     *
     * @param custom true when the function logs to a group its logging_config names
     */
    private record Verdict(String message, boolean custom, Integer days, String unverified) {

        static final Verdict PASS = new Verdict(null, false, null, null);

        static Verdict unverifiedBecause(String reason) {
            return new Verdict(null, false, null, reason);
        }
    }

    /**
     * A plan of an existing function shows the group Lambda picked, {@code /aws/lambda/<function_name>}, as if it
     * were configured; that is the default group, not a custom one.
     */
    private static boolean isDefaultGroup(Resource function, Value logGroup) {
        String name = ResourceValues.string(function.get("function_name"));
        return name != null && (LambdaLogGroups.PREFIX + name).equals(ResourceValues.string(logGroup));
    }

    private static Verdict verdict(LambdaLogGroups groups, RetentionPolicy policy, Resource function) {
        List<Value.Obj> logging = ResourceValues.blocks(function, "logging_config");
        if (logging == null) {
            return Verdict.unverifiedBecause("its logging_config is unknown");
        }
        Value logGroup = logging.isEmpty() ? null : logging.get(0).get("log_group");
        boolean custom = logGroup != null && !(logGroup instanceof Value.Null) && !isDefaultGroup(function, logGroup);
        LambdaLogGroups.Match match = custom ? groups.byLoggingConfig(function, logGroup)
                : groups.byDefaultName(function);
        if (match == LambdaLogGroups.Match.UNKNOWN) {
            return Verdict.unverifiedBecause("the name of its log group is unknown");
        }
        if (match == LambdaLogGroups.Match.MANAGED) {
            return Verdict.PASS;
        }
        String name = ResourceValues.localAddress(function);
        if (custom) {
            return new Verdict("Lambda function " + name + " logs to " + ResourceValues.string(logGroup)
                    + " (logging_config.log_group), which no aws_cloudwatch_log_group here manages: "
                    + "Lambda creates it with no retention, so its logs are billed forever", true, null, null);
        }
        String functionName = ResourceValues.string(function.get("function_name"));
        RetentionPolicy.Environment env = policy.environmentOf(function, "function_name");
        int days = RetentionPolicy.acceptedAtMost(env.name() == null ? policy.strictestMaxDays()
                : policy.maxDays(env.name()));
        return new Verdict("Lambda function " + name + " has no managed log group: Lambda creates "
                + LambdaLogGroups.PREFIX + functionName + " with no retention, so its logs are billed "
                + "forever; add an aws_cloudwatch_log_group named from " + ResourceValues.localConfigAddress(
                function) + ".function_name with retention_in_days = " + days, false, days, null);
    }

    /**
     * Why one log group written beside the function's block cannot serve every resource of that block (a module
     * called twice, plan instances), or null when it can: they all need one with the same retention.
     */
    private static String sharedDisagreement(Resource function, Verdict mine, SharedBlocks shared,
                                             Map<Resource, Verdict> verdicts) {
        for (Resource other : shared.others(function)) {
            Integer theirs = verdicts.get(other).days();
            if (theirs == null) {
                return other.address() + " is written by the same block but needs no new log group (it has one, "
                        + "or could not be checked), so one added beside the block would duplicate its own";
            }
            if (!theirs.equals(mine.days())) {
                return other.address() + " is written by the same block but needs retention_in_days = " + theirs
                        + ", not " + mine.days() + "; a log group added beside the block would serve both, so add it "
                        + "with the retention from a module variable";
            }
        }
        return null;
    }

    /**
     * The log group Lambda would otherwise create, right after the function: named from its function_name, kept for
     * the environment's days, with the function's tags (their expression repeated, so a scan can still read them)
     * and its count/for_each and provider.
     */
    private static FixOutcome newLogGroup(Resource function, int days, String sharedDisagreement,
                                          CompanionLabels labels) {
        if (function.syntax() == null) {
            return FixOutcome.no(EditableSource.PLAN_ONLY);
        }
        if (sharedDisagreement != null) {
            return FixOutcome.no(sharedDisagreement);
        }
        CompanionBlock companion = CompanionBlock.of(function);
        String label = labels.labelFor(function, LogRetentionRule.LOG_GROUP, "logs");
        NewBlock group = companion.resource(LogRetentionRule.LOG_GROUP, label)
                .with("name", HclValue.raw("\"" + LambdaLogGroups.PREFIX + "${" + companion.reference("function_name")
                        + "}\""))
                .withLiteral("retention_in_days", days);
        HclValue tags = companion.repeat("tags");
        if (tags != null) {
            group = group.with("tags", tags);
        }
        return new FixOutcome(companion.append(group, "append " + LogRetentionRule.LOG_GROUP + "." + label + " after "
                + ResourceValues.localConfigAddress(function)), null);
    }
}
