package io.finguard.rules.logs;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.edit.HclValue;
import io.finguard.rules.AttributeFix;
import io.finguard.rules.FixOutcome;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.RuleDocs;
import io.finguard.rules.SharedBlocks;
import io.finguard.rules.SourceFix;
import io.finguard.rules.ValueOrigin;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;
import io.finguard.terraform.origin.ValueChain;

import java.util.Collections;
import java.util.IdentityHashMap;
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
    private static final String RETENTION = "retention_in_days";

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
        List<Resource> groups = context.resources(LOG_GROUP);
        Map<Resource, Verdict> verdicts = new IdentityHashMap<>();
        for (Resource group : groups) {
            verdicts.put(group, verdict(policy, group, context.origin(group, RETENTION)));
        }
        SharedBlocks shared = new SharedBlocks(groups);
        SourceFix source = new SourceFix(context, groups, (r, argument) -> {
            Verdict v = verdicts.get(r);
            return v != null && v.message() != null && argument.equals(RETENTION) ? String.valueOf(v.fixTo()) : null;
        });
        for (Resource group : groups) {
            Verdict v = verdicts.get(group);
            if (v.unverified() != null) {
                context.unverified(group, v.unverified());
            } else if (v.message() != null) {
                report(context, group, v, shared.disagreement(group, r -> verdicts.get(r).fixTo()), source);
            }
        }
    }

    /**
     * What one log group needs: nothing, a finding (its message and the retention a fix writes), or to be counted
     * as unverified.
     */
    private record Verdict(String message, Integer fixTo, String unverified, ValueChain origin) {

        static final Verdict PASS = new Verdict(null, null, null, null);

        Verdict(String message, Integer fixTo, String unverified) {
            this(message, fixTo, unverified, null);
        }

        static Verdict unverifiedBecause(String reason) {
            return new Verdict(null, null, reason);
        }
    }

    private static Verdict verdict(RetentionPolicy policy, Resource group, ValueChain origin) {
        Verdict v = verdict(policy, group, ValueOrigin.or(origin, null), ValueOrigin.note(origin));
        return v.message() == null ? v : new Verdict(v.message(), v.fixTo(), null, origin);
    }

    /**
     * @param chain where the retention comes from in words, null when written in the block
     * @param note  the same as a parenthesis after a value, empty when written in the block
     */
    private static Verdict verdict(RetentionPolicy policy, Resource group, String chain, String note) {
        Value retention = group.get("retention_in_days");
        if (ResourceValues.unknown(retention)) {
            return Verdict.unverifiedBecause("retention_in_days is unknown");
        }
        Integer days = ResourceValues.integer(retention);
        RetentionPolicy.Environment env = policy.environmentOf(group, "name");
        String name = ResourceValues.localAddress(group);
        // with the environment unknown, the strictest maximum passes wherever the group belongs
        int fixTo = RetentionPolicy.acceptedAtMost(env.name() == null ? policy.strictestMaxDays()
                : policy.maxDays(env.name()));
        if (days == null || days == 0) {
            return new Verdict(name + " never expires its events (" + (chain != null ? chain
                    : "retention_in_days is " + (days == null ? "not set" : "0")) + "): every event is stored and "
                    + "billed forever; "
                    + suggestion(policy, env), fixTo, null);
        }
        if (!RetentionPolicy.ACCEPTED_DAYS.contains(days)) {
            return new Verdict(name + " has retention_in_days = " + days + note
                    + ", which is not a value CloudWatch accepts (" + RetentionPolicy.ACCEPTED_DAYS + "); "
                    + suggestion(policy, env), fixTo, null);
        }
        if (env.name() == null) {
            if (days > policy.strictestMaxDays()) {
                return Verdict.unverifiedBecause("its environment is unknown (" + env.unknown() + ") and "
                        + "retention_in_days = " + days + " exceeds the strictest maximum");
            }
            return Verdict.PASS;
        }
        int max = policy.maxDays(env.name());
        if (days > max) {
            String allowed = RetentionPolicy.DEFAULT.equals(env.name()) ? "allowed (" + policy.describe(env) + ")"
                    : "the " + max + " allowed for environment " + env.name();
            return new Verdict(name + " keeps events for " + days + " days" + note + ", more than " + allowed
                    + "; set retention_in_days = " + fixTo, fixTo, null);
        }
        return Verdict.PASS;
    }

    private static String suggestion(RetentionPolicy policy, RetentionPolicy.Environment env) {
        if (env.name() == null) {
            return "set retention_in_days to at most " + RetentionPolicy.acceptedAtMost(policy.strictestMaxDays())
                    + " (its environment is unknown)";
        }
        return "set retention_in_days = " + RetentionPolicy.acceptedAtMost(policy.maxDays(env.name()))
                + " (" + policy.describe(env) + ")";
    }

    /**
     * The finding with its fix: the maximum written into the block when it holds a literal or nothing, else where the
     * value is set (decision 076), naming where it comes from.
     */
    private static void report(RuleContext context, Resource group, Verdict v, String sharedDisagreement,
                               SourceFix source) {
        Location location = context.locate(group, RETENTION);
        FixOutcome fix = AttributeFix.set(source, group, HclValue.of(v.fixTo()), true, RETENTION)
                .unless(sharedDisagreement);
        context.report(fix.finding(group, location, v.message(), v.origin()));
    }
}
