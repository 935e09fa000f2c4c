package io.finguard.cleanup.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lambda input: the same options as the command line, as a JSON object with camel-case keys
 * ({@code regions, minAge, keepTag, grace, snapshotBeforeDelete, apply, endpointUrl}). Durations are strings in
 * the command-line syntax so the input stays readable in the Scheduler console.
 */
public final class JobSettingsJson {

    private static final Set<String> KEYS =
            Set.of("regions", "minAge", "keepTag", "grace", "snapshotBeforeDelete", "apply", "endpointUrl");

    private JobSettingsJson() {
    }

    public static Map<String, Object> toMap(JobSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regions", s.regions());
        m.put("minAge", DurationText.format(s.minAge()));
        m.put("keepTag", s.keepTag());
        m.put("grace", DurationText.format(s.grace()));
        m.put("snapshotBeforeDelete", s.snapshotBeforeDelete());
        m.put("apply", s.apply());
        if (s.endpointUrl() != null) {
            m.put("endpointUrl", s.endpointUrl());
        }
        return m;
    }

    /** @throws IllegalArgumentException for an unknown key or a value of the wrong type */
    public static JobSettings fromMap(Map<String, Object> input) {
        Map<String, Object> m = input == null ? Map.of() : input;
        for (String key : m.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown input key '" + key + "'; expected one of " + KEYS);
            }
        }
        JobSettings d = JobSettings.defaults();
        return new JobSettings(
                strings(m.get("regions")),
                duration(m, "minAge", d.minAge()),
                string(m, "keepTag", d.keepTag()),
                duration(m, "grace", d.grace()),
                bool(m, "snapshotBeforeDelete"),
                bool(m, "apply"),
                string(m, "endpointUrl", null),
                null);
    }

    private static List<String> strings(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        throw new IllegalArgumentException("'regions' must be a list of strings");
    }

    private static Duration duration(Map<String, Object> m, String key, Duration fallback) {
        Object v = m.get(key);
        return v == null ? fallback : DurationText.parse(String.valueOf(v));
    }

    private static String string(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return s;
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("'" + key + "' must be true or false");
        }
        return b;
    }
}
