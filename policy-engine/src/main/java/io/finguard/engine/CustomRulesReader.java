package io.finguard.engine;

import io.finguard.engine.custom.AttributePath;
import io.finguard.engine.custom.Check;
import io.finguard.engine.custom.Condition;
import io.finguard.engine.custom.CustomRuleDefinition;
import io.finguard.engine.custom.Expectation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.finguard.engine.ConfigNodes.bool;
import static io.finguard.engine.ConfigNodes.key;
import static io.finguard.engine.ConfigNodes.line;
import static io.finguard.engine.ConfigNodes.mapping;
import static io.finguard.engine.ConfigNodes.regex;
import static io.finguard.engine.ConfigNodes.scalar;
import static io.finguard.engine.ConfigNodes.severity;
import static io.finguard.engine.ConfigNodes.stringList;

/**
 * Reads the {@code custom-rules:} section of {@code finguard.yml} as strictly as the rest: every missing,
 * unknown or ill-typed key, bad path or regex, and clashing ID is a {@link ConfigException} naming file, line and
 * key (e.g. {@code custom-rules[0].condition.all[1].matches}).
 */
final class CustomRulesReader {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_-]*");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> RULE_KEYS = List.of("id", "name", "severity", "message", "resource-types",
            "condition");
    private static final List<String> OPERATORS = List.of("exists", "equals", "one-of", "matches", "<=", ">=");

    private final String file;
    private final RuleRegistry builtIn;

    CustomRulesReader(String file, RuleRegistry builtIn) {
        this.file = file;
        this.builtIn = builtIn;
    }

    List<CustomRuleDefinition> read(Node section) throws ConfigException {
        if (!(section instanceof SequenceNode list)) {
            throw new ConfigException(file, line(section), "custom-rules", "expected a list of rules");
        }
        List<CustomRuleDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            CustomRuleDefinition rule = rule(item, "custom-rules[" + i + "]");
            if (!ids.add(rule.id())) {
                throw new ConfigException(file, line(item), "custom-rules[" + i + "].id",
                        "duplicate custom rule ID " + rule.id());
            }
            out.add(rule);
        }
        return List.copyOf(out);
    }

    private CustomRuleDefinition rule(Node node, String path) throws ConfigException {
        Map<String, NodeTuple> keys = keys(node, path, RULE_KEYS);
        for (String required : RULE_KEYS) {
            if (!keys.containsKey(required)) {
                throw new ConfigException(file, line(node), path + "." + required, "missing (a custom rule needs "
                        + String.join(", ", RULE_KEYS) + ")");
            }
        }
        String id = text(keys.get("id"), path + ".id");
        if (!ID.matcher(id).matches()) {
            throw at(keys.get("id"), path + ".id", "\"" + id + "\" is not an ID: expected capitals, digits, _ "
                    + "and - starting with a capital, e.g. CUSTOM001");
        }
        if (builtIn.get(id) != null) {
            throw at(keys.get("id"), path + ".id", id + " is a built-in rule's ID; choose another");
        }
        String name = text(keys.get("name"), path + ".name");
        if (!KEBAB.matcher(name).matches()) {
            throw at(keys.get("name"), path + ".name", "\"" + name + "\" is not kebab-case, e.g. gpu-needs-owner");
        }
        List<String> types = stringList(file, keys.get("resource-types").getValueNode(), path + ".resource-types");
        if (types.isEmpty()) {
            throw at(keys.get("resource-types"), path + ".resource-types", "expected at least one resource type");
        }
        return new CustomRuleDefinition(id, name,
                severity(file, keys.get("severity").getValueNode(), path + ".severity"),
                text(keys.get("message"), path + ".message"), types,
                condition(keys.get("condition").getValueNode(), path + ".condition"));
    }

    private Condition condition(Node node, String path) throws ConfigException {
        MappingNode map = mapping(file, node, path);
        if (map.getValue().isEmpty()) {
            throw new ConfigException(file, line(node), path,
                    "expected one of all, any, not or a check (attribute and one of " + String.join(", ", OPERATORS)
                            + ")");
        }
        String first = key(file, map.getValue().get(0));
        if (List.of("all", "any", "not").contains(first)) {
            if (map.getValue().size() > 1) {
                NodeTuple extra = map.getValue().get(1);
                throw at(extra, path + "." + key(file, extra), "unexpected beside " + first
                        + " (combine conditions inside it instead)");
            }
            Node value = map.getValue().get(0).getValueNode();
            return switch (first) {
                case "all" -> new Condition.All(conditions(value, path + ".all"));
                case "any" -> new Condition.Any(conditions(value, path + ".any"));
                default -> new Condition.Not(condition(value, path + ".not"));
            };
        }
        return check(node, path);
    }

    private List<Condition> conditions(Node node, String path) throws ConfigException {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw new ConfigException(file, line(node), path, "expected a non-empty list of conditions");
        }
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            out.add(condition(list.getValue().get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private Check check(Node node, String path) throws ConfigException {
        List<String> allowed = new ArrayList<>(List.of("attribute"));
        allowed.addAll(OPERATORS);
        Map<String, NodeTuple> keys = keys(node, path, allowed);
        if (!keys.containsKey("attribute")) {
            throw new ConfigException(file, line(node), path + ".attribute",
                    "missing (a check names an attribute and one of " + String.join(", ", OPERATORS) + ")");
        }
        List<String> operators = keys.keySet().stream().filter(OPERATORS::contains).toList();
        if (operators.size() != 1) {
            throw new ConfigException(file, line(node), path, "expected exactly one of "
                    + String.join(", ", OPERATORS) + (operators.isEmpty() ? "" : ", got " + String.join(", ",
                    operators)));
        }
        String text = text(keys.get("attribute"), path + ".attribute");
        AttributePath attribute;
        try {
            attribute = AttributePath.parse(text);
        } catch (IllegalArgumentException e) {
            throw at(keys.get("attribute"), path + ".attribute", e.getMessage());
        }
        String op = operators.get(0);
        return new Check(attribute, expectation(op, keys.get(op).getValueNode(), path + "." + op));
    }

    private Expectation expectation(String op, Node value, String path) throws ConfigException {
        return switch (op) {
            case "exists" -> new Expectation.Exists(bool(file, value, path));
            case "equals" -> new Expectation.Equals(scalar(file, value, path));
            case "one-of" -> {
                List<String> values = stringList(file, value, path);
                if (values.isEmpty()) {
                    throw new ConfigException(file, line(value), path, "expected at least one value");
                }
                yield new Expectation.OneOf(values);
            }
            case "matches" -> new Expectation.Matches(Pattern.compile(regex(file, value, path)));
            case "<=" -> new Expectation.AtMost(number(value, path));
            default -> new Expectation.AtLeast(number(value, path));
        };
    }

    private BigDecimal number(Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(file, line(node), path, "expected a number, got \"" + text + "\"");
        }
    }

    /** The mapping's entries by key, rejecting keys outside {@code allowed}. */
    private Map<String, NodeTuple> keys(Node node, String path, List<String> allowed) throws ConfigException {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping(file, node, path).getValue()) {
            String k = key(file, t);
            if (!allowed.contains(k)) {
                throw at(t, path + "." + k, "unknown key (expected " + String.join(", ", allowed) + ")");
            }
            out.put(k, t);
        }
        return out;
    }

    /** A non-blank single value. */
    private String text(NodeTuple entry, String path) throws ConfigException {
        String value = scalar(file, entry.getValueNode(), path);
        if (value.isBlank()) {
            throw new ConfigException(file, line(entry.getValueNode()), path, "must not be empty");
        }
        return value;
    }

    private ConfigException at(NodeTuple entry, String path, String problem) {
        return new ConfigException(file, line(entry.getKeyNode()), path, problem);
    }
}
