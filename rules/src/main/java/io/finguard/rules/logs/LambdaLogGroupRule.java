package io.finguard.rules.logs;

import io.finguard.api.FindingDraft;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.EditableSource;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.List;
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
        for (Resource function : context.resources(FUNCTION)) {
            check(context, groups, policy, function);
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

    private static void check(RuleContext context, LambdaLogGroups groups, RetentionPolicy policy,
                              Resource function) {
        List<Value.Obj> logging = ResourceValues.blocks(function, "logging_config");
        if (logging == null) {
            context.unverified(function, "its logging_config is unknown");
            return;
        }
        Value logGroup = logging.isEmpty() ? null : logging.get(0).get("log_group");
        boolean custom = logGroup != null && !(logGroup instanceof Value.Null) && !isDefaultGroup(function, logGroup);
        LambdaLogGroups.Match match = custom ? groups.byLoggingConfig(function, logGroup)
                : groups.byDefaultName(function);
        if (match == LambdaLogGroups.Match.UNKNOWN) {
            context.unverified(function, "the name of its log group is unknown");
            return;
        }
        if (match == LambdaLogGroups.Match.MANAGED) {
            return;
        }
        String name = ResourceValues.localAddress(function);
        String message;
        if (custom) {
            message = "Lambda function " + name + " logs to " + ResourceValues.string(logGroup)
                    + " (logging_config.log_group), which no aws_cloudwatch_log_group here manages: "
                    + "Lambda creates it with no retention, so its logs are billed forever";
        } else {
            String functionName = ResourceValues.string(function.get("function_name"));
            RetentionPolicy.Environment env = policy.environmentOf(function, "function_name");
            int days = RetentionPolicy.acceptedAtMost(env.name() == null ? policy.strictestMaxDays()
                    : policy.maxDays(env.name()));
            message = "Lambda function " + name + " has no managed log group: Lambda creates "
                    + LambdaLogGroups.PREFIX + functionName + " with no retention, so its logs are billed "
                    + "forever; add an aws_cloudwatch_log_group named from " + ResourceValues.localConfigAddress(
                    function) + ".function_name with retention_in_days = " + days;
        }
        String[] path = custom ? new String[]{"logging_config", "log_group"} : new String[0];
        context.report(EditableSource.require(new FindingDraft(function, context.locate(function, path), message,
                !custom, custom ? "finguard does not guess how a custom log group should be created" : null)));
    }
}
