package io.finguard.rules.logs;

import io.finguard.api.RuleParameters;
import io.finguard.rules.ResourceValues;
import io.finguard.rules.tags.EffectiveTags;
import io.finguard.rules.tags.TagLookup;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long logs may be kept, from FG501's parameters: the environment a resource belongs to (its environment tag,
 * else a whole token of its name such as {@code /prod/}, {@code -stg-}, {@code _dev}) and that environment's
 * {@code max-days}. FG502 uses the same answer for the log group it proposes, so the two rules never disagree.
 */
final class RetentionPolicy {

    /** The values CloudWatch Logs accepts for {@code retention_in_days} (PutRetentionPolicy). */
    static final List<Integer> ACCEPTED_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    static final String DEFAULT = "default";

    private static final Map<String, String> TOKENS = Map.of("prod", "prod", "production", "prod", "prd", "prod",
            "staging", "staging", "stg", "staging", "dev", "dev", "development", "dev");

    /**
     * The environment a resource belongs to.
     *
     * @param name     the key into {@code max-days} ({@code default} when nothing says); null when unknown
     * @param unknown  what could not be read, when {@code name} is null
     * @param unlisted the environment its tag names when {@code max-days} has no entry for it ({@code name} is then
     *                 {@code default}); else null
     */
    record Environment(String name, String unknown, String unlisted) {

        static Environment of(String name) {
            return new Environment(name, null, null);
        }

        static Environment unknownBecause(String what) {
            return new Environment(null, what, null);
        }
    }

    private final Map<String, Integer> maxDays;
    private final String environmentTag;

    private final boolean planMode;

    RetentionPolicy(RuleParameters fg501, boolean planMode) {
        this.maxDays = fg501.integerMap("max-days");
        this.environmentTag = fg501.string("environment-tag");
        this.planMode = planMode;
    }

    /**
     * The environment from the tag, else from {@code nameArgument}'s value. Both are read from the instance's own
     * evaluated values, so instances of one module block (a {@code for_each} over {@code my-dev} and {@code my-prod})
     * each get theirs. A tag that cannot be evaluated (a variable given no value) does not hide what the name says.
     */
    Environment environmentOf(Resource r, String nameArgument) {
        TagLookup tag = EffectiveTags.of(r, planMode).lookup(environmentTag);
        boolean tagUnknown = tag.kind() == TagLookup.Kind.UNKNOWN;
        String tagValue = tagUnknown ? null : tag.value();
        if (tagValue != null && !tagValue.isBlank()) {
            String lower = tagValue.trim().toLowerCase(Locale.ROOT);
            String known = maxDays.containsKey(lower) ? lower : TOKENS.get(lower);
            return known != null ? Environment.of(known) : new Environment(DEFAULT, null, tagValue.trim());
        }
        Value name = r.get(nameArgument);
        if (ResourceValues.unknown(name)) {
            return Environment.unknownBecause(tagUnknown ? "its " + environmentTag + " tag and its " + nameArgument
                    : "its " + nameArgument + " (no " + environmentTag + " tag)");
        }
        String fromName = fromName(ResourceValues.string(name));
        if (fromName != null) {
            return Environment.of(fromName);
        }
        // the tag, once known, may still name one
        return tagUnknown ? Environment.unknownBecause("its " + environmentTag + " tag") : Environment.of(DEFAULT);
    }

    /** The environment a whole token of the name stands for, or null. */
    private String fromName(String text) {
        if (text == null) {
            return null;
        }
        for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            String known = maxDays.containsKey(token) && !token.equals(DEFAULT) ? token : TOKENS.get(token);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    /**
     * How a message names a known environment and where its maximum comes from: {@code environment prod}, or
     * {@code no environment detected: default maximum 30 days} with the configured default.
     */
    String describe(Environment env) {
        if (!DEFAULT.equals(env.name())) {
            return "environment " + env.name();
        }
        String why = env.unlisted() == null ? "no environment detected"
                : "environment " + env.unlisted() + " has no max-days entry";
        return why + ": default maximum " + maxDays(DEFAULT) + " days";
    }

    /** The most days the environment may keep logs. */
    int maxDays(String environment) {
        Integer days = maxDays.get(environment);
        if (days == null) {
            days = maxDays.get(DEFAULT);
        }
        return days == null ? 30 : days;
    }

    /** The strictest maximum of all environments: a retention within it passes wherever the resource belongs. */
    int strictestMaxDays() {
        return maxDays.isEmpty() ? 30 : Collections.min(maxDays.values());
    }

    /** The largest accepted value not above {@code days} (what a fix should write). */
    static int acceptedAtMost(int days) {
        int best = ACCEPTED_DAYS.get(0);
        for (int d : ACCEPTED_DAYS) {
            if (d <= days) {
                best = d;
            }
        }
        return best;
    }
}
