package io.finguard.engine;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.RuleMetadata;
import io.finguard.api.RuleParameters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A rule's parameters: its declared defaults overlaid with the configured values. Values were type-checked when the
 * config was read, so the casts here hold; patterns are compiled once.
 */
final class EffectiveParameters implements RuleParameters {

    private final String ruleId;
    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    EffectiveParameters(RuleMetadata metadata, Map<String, Object> configured) {
        this.ruleId = metadata.id();
        for (ParameterSpec spec : metadata.parameters()) {
            specs.put(spec.name(), spec);
            values.put(spec.name(), configured.containsKey(spec.name())
                    ? configured.get(spec.name()) : spec.defaultValue());
        }
    }

    /** The effective values by name in declaration order, for {@code finguard rules show}; a value may be null. */
    Map<String, Object> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private Object value(String name, ParameterType... expected) {
        ParameterSpec spec = specs.get(name);
        if (spec == null || !List.of(expected).contains(spec.type())) {
            throw new IllegalArgumentException(ruleId + " declares no " + List.of(expected) + " parameter " + name);
        }
        return values.get(name);
    }

    @Override
    public int integer(String name) {
        return ((Number) value(name, ParameterType.INTEGER)).intValue();
    }

    @Override
    public boolean bool(String name) {
        return (Boolean) value(name, ParameterType.BOOLEAN);
    }

    @Override
    public String string(String name) {
        return (String) value(name, ParameterType.STRING, ParameterType.REGEX);
    }

    @Override
    public Pattern regex(String name) {
        String text = (String) value(name, ParameterType.REGEX);
        return patterns.computeIfAbsent(name, n -> Pattern.compile(text));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        return List.copyOf((List<String>) value(name, ParameterType.STRING_LIST));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> integerMap(String name) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ((Map<String, Object>) value(name, ParameterType.INTEGER_MAP))
                .forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        ((Map<String, Object>) value(name, ParameterType.STRING_MAP)).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> valuesOrPatternMap(String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<String, Object>) value(name, ParameterType.VALUES_OR_PATTERN_MAP)).forEach((k, v) -> {
            if (v instanceof String s) {
                out.put(k, patterns.computeIfAbsent(name + "\u0000" + k, n -> Pattern.compile(s)));
            } else {
                out.put(k, List.copyOf((List<String>) v));
            }
        });
        return out;
    }
}
