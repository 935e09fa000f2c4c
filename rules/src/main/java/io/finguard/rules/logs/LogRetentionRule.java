package io.finguard.rules.logs;

import io.finguard.api.FindingDraft;
import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.EditableSource;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG501 log-retention: every CloudWatch log group expires its events, with a retention CloudWatch accepts and no
 * longer than its environment needs. A group without retention keeps (and bills) every event forever.
 */
public final class LogRetentionRule implements Rule {

    static final String ID = "FG501";
    static final String LOG_GROUP = "aws_cloudwatch_log_group";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "log-retention", Severity.MEDIUM,
            "CloudWatch log groups set retention_in_days to a value CloudWatch accepts, at most their "
                    + "environment's maximum.",
            Set.of(LOG_GROUP),
            List.of(new ParameterSpec("max-days", ParameterType.INTEGER_MAP, defaultMaxDays(),
                            "Longest retention in days by environment (prod, staging, dev, default); also the "
                                    + "retention FG502's fix gives a new Lambda log group"),
                    new ParameterSpec("environment-tag", ParameterType.STRING, "Environment",
                            "Tag whose value names the environment; without it the environment comes from the "
                                    + "name")),
            RuleDocs.resource(ID), RuleDocs.helpUri(ID));

    private static Map<String, Object> defaultMaxDays() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("prod", 30);
        days.put("staging", 14);
        days.put("dev", 7);
        days.put(RetentionPolicy.DEFAULT, 30);
        return Collections.unmodifiableMap(days);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        RetentionPolicy policy = new RetentionPolicy(context.parameters(), context.planMode());
        for (Resource group : context.resources(LOG_GROUP)) {
            check(context, policy, group);
        }
    }

    private static void check(RuleContext context, RetentionPolicy policy, Resource group) {
        Value retention = group.get("retention_in_days");
        if (ResourceValues.unknown(retention)) {
            context.unverified(group, "retention_in_days is unknown");
            return;
        }
        Integer days = ResourceValues.integer(retention);
        RetentionPolicy.Environment env = policy.environmentOf(group, "name");
        String name = ResourceValues.localAddress(group);
        if (days == null || days == 0) {
            report(context, group, name + " never expires its events (retention_in_days is "
                    + (days == null ? "not set" : "0") + "): every event is stored and billed forever; "
                    + suggestion(policy, env));
            return;
        }
        if (!RetentionPolicy.ACCEPTED_DAYS.contains(days)) {
            report(context, group, name + " has retention_in_days = " + days
                    + ", which is not a value CloudWatch accepts (" + RetentionPolicy.ACCEPTED_DAYS + "); "
                    + suggestion(policy, env));
            return;
        }
        if (env.name() == null) {
            if (days > policy.strictestMaxDays()) {
                context.unverified(group, "its environment is unknown (" + env.unknown() + ") and "
                        + "retention_in_days = " + days + " exceeds the strictest maximum");
            }
            return;
        }
        int max = policy.maxDays(env.name());
        if (days > max) {
            report(context, group, name + " keeps events for " + days + " days, more than the " + max
                    + " allowed for environment " + env.name() + "; set retention_in_days = "
                    + RetentionPolicy.acceptedAtMost(max));
        }
    }

    private static String suggestion(RetentionPolicy policy, RetentionPolicy.Environment env) {
        if (env.name() == null) {
            return "set retention_in_days to at most " + RetentionPolicy.acceptedAtMost(policy.strictestMaxDays())
                    + " (its environment is unknown)";
        }
        return "set retention_in_days = " + RetentionPolicy.acceptedAtMost(policy.maxDays(env.name()))
                + " (environment " + env.name() + ")";
    }

    private static void report(RuleContext context, Resource group, String message) {
        context.report(EditableSource.require(new FindingDraft(group, context.locate(group, "retention_in_days"),
                message, true, null)));
    }
}
