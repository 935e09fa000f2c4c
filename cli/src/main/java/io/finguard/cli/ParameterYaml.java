package io.finguard.cli;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes one parameter as a {@code key: value} line of YAML in flow style, so that a user can paste it under
 * {@code rules.<ID>} in {@code finguard.yml} as it is. SnakeYAML does the quoting (regexes, {@code {}} and
 * {@code [} need it).
 */
final class ParameterYaml {

    private final Yaml yaml;

    ParameterYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        yaml = new Yaml(options);
    }

    String line(String key, Object value) {
        return key + ": " + yaml.dump(stable(value)).strip();
    }

    /**
     * Maps that carry no order of their own (defaults written with {@code Map.of}) are sorted by key, so the output
     * is the same on every run; ordered maps keep the order the rule or the config gave.
     */
    private static Object stable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = map instanceof LinkedHashMap || map instanceof SortedMap
                    ? new LinkedHashMap<>() : new TreeMap<>();
            map.forEach((k, v) -> out.put(k, stable(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(stable(v)));
            return out;
        }
        return value;
    }
}
