package io.finguard.terraform;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares finguard's {@code inspect --format json} of one corpus case with what Terraform planned for it
 * ({@code expected.json}, written by {@code record-differential.sh}), and lists every difference as one line a
 * reader can act on. See the corpus README for the shape of {@code expected.json}.
 */
final class DifferentialComparison {

    /** The placeholder the recording script writes for the absolute directory terraform ran in. */
    static final String CWD = "<cwd>";

    // Terraform's last instance key of a resource address: [0] or ["key"] (keys may hold escaped quotes).
    private static final Pattern INSTANCE_KEY = Pattern.compile("\\[(?:\\d+|\"(?:[^\"\\\\]|\\\\.)*\")]$");

    private final JsonNode expected;
    private final JsonNode inspected;
    private final String cwd;
    private final List<String> mismatches = new ArrayList<>();

    private DifferentialComparison(JsonNode expected, JsonNode inspected, String cwd) {
        this.expected = expected;
        this.inspected = inspected;
        this.cwd = cwd;
    }

    /**
     * @param expected  the case's {@code expected.json}
     * @param inspected finguard's {@code inspect --format json} of the case directory
     * @param cwd       the absolute case directory finguard loaded, which stands for {@value #CWD}
     * @return the differences, empty when finguard agrees with Terraform
     */
    static List<String> compare(JsonNode expected, JsonNode inspected, String cwd) {
        DifferentialComparison c = new DifferentialComparison(expected, inspected, cwd);
        if (expected.has("error")) {
            c.compareError();
        } else if (expected.has("errors")) {
            c.compareRefusal();
        } else {
            c.compareErrors();
            c.compareResources();
            c.compareModules();
            c.compareOutputs();
        }
        return c.mismatches;
    }

    /** Terraform refused the plan with {@code Cycle: ...}: finguard must report one cycle naming the same nodes. */
    private void compareError() {
        if (!expected.path("error").asText().equals("Cycle")) {
            mismatches.add("expected.json records an error this test does not know: " + expected.path("error"));
            return;
        }
        List<String> cycles = new ArrayList<>();
        for (JsonNode e : inspected.path("errors")) {
            if (e.path("message").asText().toLowerCase(java.util.Locale.ROOT).contains("cycle")) {
                cycles.add(describe(e));
            }
        }
        if (cycles.size() != 1) {
            mismatches.add("Terraform reports one cycle (" + expected.path("nodes") + "); finguard reports "
                    + cycles.size() + ": " + cycles);
            return;
        }
        for (JsonNode node : expected.path("nodes")) {
            if (!cycles.get(0).contains(node.asText())) {
                mismatches.add("the cycle error does not name " + node.asText() + " (Terraform's cycle: "
                        + expected.path("nodes") + "): " + cycles.get(0));
            }
        }
    }

    /**
     * Terraform refused the plan with these errors (validation evaluates what references no input, even in a body
     * with no instances): finguard must report an error at each same file and line, and none elsewhere. Messages
     * are not compared; finguard words them its own way.
     */
    private void compareRefusal() {
        Set<String> terraform = new TreeSet<>();
        for (JsonNode e : expected.path("errors")) {
            terraform.add(e.path("file").asText() + ":" + e.path("line").asText());
        }
        Set<String> finguard = new TreeSet<>();
        for (JsonNode e : inspected.path("errors")) {
            String at = e.path("file").asText() + ":" + e.path("line").asText();
            finguard.add(at);
            if (!terraform.contains(at)) {
                mismatches.add("finguard reports an error where Terraform has none: " + describe(e));
            }
        }
        for (JsonNode e : expected.path("errors")) {
            String at = e.path("file").asText() + ":" + e.path("line").asText();
            if (!finguard.contains(at)) {
                mismatches.add("Terraform reports \"" + e.path("summary").asText() + "\" at " + at
                        + "; finguard reports no error there");
            }
        }
    }

    /** Terraform planned the case without an error, so every error finguard reports is a false one. */
    private void compareErrors() {
        for (JsonNode e : inspected.path("errors")) {
            mismatches.add("finguard reports an error where Terraform plans without one: " + describe(e));
        }
    }

    /**
     * Addresses: Terraform's resource instances, with the last instance key dropped (finguard keeps one entry per
     * resource with its count or for_each), against finguard's resources that have instances. Values: the
     * {@code input} of every resource without count or for_each.
     */
    private void compareResources() {
        Map<String, JsonNode> planned = new TreeMap<>();
        Set<String> repeated = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Matcher key = INSTANCE_KEY.matcher(e.getKey());
            if (key.find()) {
                repeated.add(e.getKey().substring(0, key.start()));
            } else {
                planned.put(e.getKey(), e.getValue().path("input"));
            }
        }
        Map<String, JsonNode> loaded = new TreeMap<>();
        for (JsonNode r : inspected.path("resources")) {
            if (hasInstances(r)) {
                loaded.put(r.path("address").asText(), r);
            }
        }
        Set<String> terraform = new TreeSet<>(planned.keySet());
        terraform.addAll(repeated);
        for (String address : terraform) {
            if (!loaded.containsKey(address)) {
                mismatches.add("Terraform plans " + address + "; finguard has no such resource (it has "
                        + loaded.keySet() + ")");
            }
        }
        for (String address : loaded.keySet()) {
            if (!terraform.contains(address)) {
                mismatches.add("finguard has " + address + "; Terraform plans no instance of it");
            }
        }
        for (Map.Entry<String, JsonNode> e : planned.entrySet()) {
            JsonNode r = loaded.get(e.getKey());
            if (r == null) {
                continue;
            }
            if (r.has("count") || r.has("forEach")) {
                mismatches.add(e.getKey() + " has one instance in Terraform, but finguard gives it count/for_each "
                        + r.path("count") + r.path("forEach"));
                continue;
            }
            compareValue(e.getKey() + " input", e.getValue(), r.path("attributes").get("input"));
        }
    }

    /** A resource whose count is 0 or whose for_each is empty has no instance, so no address in Terraform. */
    private static boolean hasInstances(JsonNode resource) {
        JsonNode count = resource.get("count");
        if (count != null && count.isNumber() && count.decimalValue().signum() == 0) {
            return false;
        }
        JsonNode forEach = resource.get("forEach");
        boolean empty = forEach != null && (forEach.isArray() || forEach.isObject() && !isUnknown(forEach))
                && forEach.isEmpty();
        return !empty;
    }

    /** Module instances as Terraform lists them: those holding a resource (each corpus module declares one). */
    private void compareModules() {
        Set<String> terraform = new TreeSet<>();
        expected.path("modules").forEach(m -> terraform.add(m.asText()));
        Set<String> finguard = new TreeSet<>();
        for (JsonNode m : inspected.path("modules")) {
            if (!m.path("address").asText().isEmpty()) {
                finguard.add(m.path("address").asText());
            }
        }
        if (!terraform.equals(finguard)) {
            Set<String> missing = new TreeSet<>(terraform);
            missing.removeAll(finguard);
            Set<String> extra = new TreeSet<>(finguard);
            extra.removeAll(terraform);
            mismatches.add("module instances differ: Terraform has " + terraform + "; finguard lacks " + missing
                    + " and has in excess " + extra);
        }
    }

    /**
     * Root outputs, read from the root module's {@code outputs} in the inspect JSON. Until inspect prints outputs
     * there is nothing to compare, so an absent key is not a mismatch.
     */
    private void compareOutputs() {
        JsonNode root = null;
        for (JsonNode m : inspected.path("modules")) {
            if (m.path("address").asText().isEmpty()) {
                root = m;
            }
        }
        if (root == null || !root.has("outputs")) {
            return;
        }
        JsonNode outputs = root.get("outputs");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("outputs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            compareValue("output." + e.getKey(), e.getValue(), outputs.get(e.getKey()));
        }
        for (Iterator<String> it = outputs.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!expected.path("outputs").has(name)) {
                mismatches.add("finguard has output." + name + "; Terraform has no such root output");
            }
        }
    }

    /**
     * Terraform's value against finguard's, recursively, so that the message names the path of the first
     * difference ({@code module.a.terraform_data.this input.tags.Owner}). Numbers compare by value, not by how
     * they are written; an unknown where Terraform has a value is a difference.
     */
    private void compareValue(String path, JsonNode terraform, JsonNode finguard) {
        if (finguard == null || finguard.isMissingNode()) {
            mismatches.add(path + ": Terraform has " + render(terraform) + ", finguard has no value");
        } else if (isUnknown(finguard)) {
            mismatches.add(path + ": Terraform has " + render(terraform) + ", finguard has unknown ("
                    + finguard.get("unknown").asText() + ")");
        } else if (terraform.isNumber() && finguard.isNumber()) {
            if (terraform.decimalValue().compareTo(finguard.decimalValue()) != 0) {
                differs(path, terraform, finguard);
            }
        } else if (terraform.isTextual() && finguard.isTextual()) {
            if (!terraform.asText().replace(CWD, cwd).equals(finguard.asText())) {
                differs(path, terraform, finguard);
            }
        } else if (terraform.isArray() && finguard.isArray()) {
            if (terraform.size() != finguard.size()) {
                differs(path, terraform, finguard);
                return;
            }
            for (int i = 0; i < terraform.size(); i++) {
                compareValue(path + "[" + i + "]", terraform.get(i), finguard.get(i));
            }
        } else if (terraform.isObject() && finguard.isObject()) {
            Set<String> names = new TreeSet<>();
            terraform.fieldNames().forEachRemaining(names::add);
            finguard.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!terraform.has(name)) {
                    mismatches.add(path + "." + name + ": finguard has " + render(finguard.get(name))
                            + ", Terraform has no such attribute");
                } else {
                    compareValue(path + "." + name, terraform.get(name), finguard.get(name));
                }
            }
        } else if (!(terraform.isBoolean() && finguard.isBoolean() || terraform.isNull() && finguard.isNull())
                || !terraform.equals(finguard)) {
            differs(path, terraform, finguard);
        }
    }

    private void differs(String path, JsonNode terraform, JsonNode finguard) {
        mismatches.add(path + ": Terraform has " + render(terraform) + ", finguard has " + render(finguard));
    }

    private String render(JsonNode value) {
        String text = value.toString().replace(CWD, cwd);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static boolean isUnknown(JsonNode value) {
        return value.isObject() && value.size() == 1 && value.path("unknown").isTextual();
    }

    private static String describe(JsonNode error) {
        return error.path("file").asText() + ":" + error.path("line").asText() + " "
                + error.path("message").asText();
    }
}
