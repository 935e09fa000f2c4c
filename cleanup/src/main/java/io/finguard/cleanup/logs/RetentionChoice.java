package io.finguard.cleanup.logs;

import java.util.Locale;
import java.util.Map;

/**
 * The retention to give a log group that never expires, chosen as FG501 does: the environment comes from
 * the {@code Environment} tag, else from the group's name ({@code /prod/}, {@code -prod-}, {@code production},
 * {@code staging}/{@code stg}, {@code dev}/{@code development}); the maximum days are prod 30, staging 14, dev 7,
 * otherwise 30. The rules module is not a dependency of cleanup (cleanup must stay off the scan path and the rules
 * off the SDK), so this small mapping is repeated here; both follow the same table.
 */
public final class RetentionChoice {

    public static final String ENVIRONMENT_TAG = "Environment";
    public static final Map<String, Integer> DEFAULT_MAX_DAYS = Map.of("prod", 30, "staging", 14, "dev", 7, "default", 30);

    /** The environment and the days it allows. */
    public record Choice(String environment, int days, String source) {
    }

    private final Map<String, Integer> maxDays;

    public RetentionChoice(Map<String, Integer> maxDays) {
        this.maxDays = Map.copyOf(maxDays);
    }

    public static RetentionChoice defaults() {
        return new RetentionChoice(DEFAULT_MAX_DAYS);
    }

    public Choice choose(String logGroupName, Map<String, String> tags) {
        String tagged = tagValue(tags);
        if (tagged != null) {
            String env = environmentOf(tagged);
            return new Choice(env, maxDays.get(env), "tag " + ENVIRONMENT_TAG + "=" + tagged);
        }
        String env = environmentOf(logGroupName);
        return new Choice(env, maxDays.get(env), "default".equals(env) ? "no environment found" : "name");
    }

    private static String tagValue(Map<String, String> tags) {
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (e.getKey().equalsIgnoreCase(ENVIRONMENT_TAG) && e.getValue() != null && !e.getValue().isBlank()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Splits on path and word separators so that {@code /prod/}, {@code -prod-} and {@code api.prod} all count. */
    static String environmentOf(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            switch (word) {
                case "prod", "production", "prd" -> {
                    return "prod";
                }
                case "staging", "stg", "stage" -> {
                    return "staging";
                }
                case "dev", "development" -> {
                    return "dev";
                }
                default -> {
                    // keep looking
                }
            }
        }
        return "default";
    }
}
