package io.finguard.cli;

import io.finguard.engine.rego.RegoInput;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.terraform.TerraformModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code inspect --format rego-input}: the plan JSON with {@code --plan}; else the one root module's document, or,
 * for several roots, an object of documents by root directory.
 */
final class RegoInputReport {
    private RegoInputReport() {
    }

    static String render(TerraformModel model, Path plan) {
        if (plan != null) {
            return Json.writePretty(RegoInput.plan(plan));
        }
        Map<String, Value> roots = RegoInput.hclByRoot(model);
        if (roots.size() == 1) {
            return Json.writePretty(roots.values().iterator().next());
        }
        TreeMap<Value, Value> byRoot = new TreeMap<>();
        roots.forEach((k, v) -> byRoot.put(StringValue.of(k), v));
        return Json.writePretty(ObjectValue.own(byRoot));
    }
}
