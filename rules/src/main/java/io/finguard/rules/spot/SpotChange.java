package io.finguard.rules.spot;

import io.finguard.api.edit.HclValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments that put a resource on spot, to be written into one of its blocks: {@code capacity_type} of a node
 * group, {@code market_type} of (a new) {@code instance_market_options}, the on-demand shares of an instances
 * distribution. Values are literals: they are compared to tell whether the instances of one module block need the
 * same edit.
 *
 * @param blockPath   nested block types from the resource block, first block of each (empty: the resource block)
 * @param values      argument name to literal value, in the order they are written
 * @param createBlock the resource has no last block of the path: it is written, with the values
 */
record SpotChange(List<String> blockPath, Map<String, Object> values, boolean createBlock) {

    SpotChange {
        blockPath = List.copyOf(blockPath);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static SpotChange set(String name, Object value, String... blockPath) {
        return new SpotChange(List.of(blockPath), Map.of(name, value), false);
    }

    static SpotChange newBlock(String type, String name, Object value) {
        return new SpotChange(List.of(type), Map.of(name, value), true);
    }

    Map<String, HclValue> hclValues() {
        Map<String, HclValue> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, HclValue.of(v)));
        return out;
    }

    /** E.g. {@code set capacity_type = "SPOT"}, or {@code add instance_market_options { market_type = "spot" }}. */
    String description() {
        List<String> settings = new ArrayList<>();
        values.forEach((k, v) -> settings.add(k + " = " + HclValue.of(v).text()));
        String where = String.join(".", blockPath);
        if (createBlock) {
            return "add " + where + " { " + String.join(", ", settings) + " }";
        }
        return "set " + (where.isEmpty() ? "" : where + " ") + String.join(", ", settings);
    }
}
