package io.finguard.engine;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.Severity;
import io.finguard.engine.custom.CustomRuleDefinition;
import io.finguard.engine.custom.DeclarativeRule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.finguard.engine.ConfigNodes.bool;
import static io.finguard.engine.ConfigNodes.integer;
import static io.finguard.engine.ConfigNodes.key;
import static io.finguard.engine.ConfigNodes.line;
import static io.finguard.engine.ConfigNodes.mapping;
import static io.finguard.engine.ConfigNodes.regex;
import static io.finguard.engine.ConfigNodes.scalar;
import static io.finguard.engine.ConfigNodes.severity;
import static io.finguard.engine.ConfigNodes.stringList;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code finguard.yml} strictly: an unknown key, a value of the wrong type, an unknown rule or an
 * invalid regex is a {@link ConfigException} naming file, line and key. The YAML is only composed into nodes (which
 * keep their line numbers), never constructed into arbitrary objects.
 */
public final class ConfigLoader {

    private final RuleRegistry registry;

    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    public ScanConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
        return parse(file.toString(), new StringReader(text));
    }

    public ScanConfig parse(String name, Reader reader) throws ConfigException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(name, line, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(name, 0, null, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return new ScanConfig(Severity.LOW, List.of(), Map.of(), name, List.of());
        }
        Severity threshold = Severity.LOW;
        List<String> exclude = List.of();
        List<CustomRuleDefinition> custom = List.of();
        Node rulesNode = null;
        for (NodeTuple entry : mapping(name, root, "top level").getValue()) {
            String key = key(name, entry);
            Node value = entry.getValueNode();
            switch (key) {
                case "severity-threshold" -> threshold = severity(name, value, key);
                case "exclude-paths" -> exclude = stringList(name, value, key);
                case "rules" -> rulesNode = value;
                case "custom-rules" -> custom = new CustomRulesReader(name, registry).read(value);
                default -> throw new ConfigException(name, line(entry.getKeyNode()), key,
                        "unknown key (expected severity-threshold, exclude-paths, rules or custom-rules)");
            }
        }
        // read after custom-rules wherever it stands in the file, so that rules: may set a custom rule's
        // enabled and severity like a built-in one's
        RuleRegistry known = registry.with(DeclarativeRule.of(custom));
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        if (rulesNode != null) {
            for (NodeTuple ruleEntry : mapping(name, rulesNode, "rules").getValue()) {
                String id = key(name, ruleEntry);
                rules.put(id, ruleSettings(known, name, id, ruleEntry));
            }
        }
        return new ScanConfig(threshold, exclude, rules, name, custom);
    }

    private static RuleSettings ruleSettings(RuleRegistry registry, String file, String id, NodeTuple ruleEntry)
            throws ConfigException {
        Rule rule = registry.get(id);
        if (rule == null) {
            throw new ConfigException(file, line(ruleEntry.getKeyNode()), "rules." + id,
                    "no such rule (known: " + String.join(", ",
                            registry.all().stream().map(r -> r.metadata().id()).toList()) + ")");
        }
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        for (ParameterSpec spec : rule.metadata().parameters()) {
            specs.put(spec.name(), spec);
        }
        Boolean enabled = null;
        Severity severity = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (NodeTuple entry : mapping(file, ruleEntry.getValueNode(), "rules." + id).getValue()) {
            String key = key(file, entry);
            String path = "rules." + id + "." + key;
            Node value = entry.getValueNode();
            if (key.equals("enabled")) {
                enabled = bool(file, value, path);
            } else if (key.equals("severity")) {
                severity = severity(file, value, path);
            } else if (specs.containsKey(key)) {
                parameters.put(key, parameter(file, specs.get(key), value, path));
            } else {
                List<String> known = new ArrayList<>(List.of("enabled", "severity"));
                known.addAll(specs.keySet());
                throw new ConfigException(file, line(entry.getKeyNode()), path,
                        "unknown key for " + id + " (expected one of " + String.join(", ", known) + ")");
            }
        }
        return new RuleSettings(enabled, severity, Map.copyOf(parameters));
    }

    private static Object parameter(String file, ParameterSpec spec, Node value, String path)
            throws ConfigException {
        return switch (spec.type()) {
            case INTEGER -> integer(file, value, path);
            case BOOLEAN -> bool(file, value, path);
            case STRING -> {
                String text = scalar(file, value, path);
                if (!spec.choices().isEmpty() && !spec.choices().contains(text)) {
                    throw new ConfigException(file, line(value), path, "expected one of "
                            + String.join(", ", spec.choices()) + ", got \"" + text + "\"");
                }
                yield text;
            }
            case REGEX -> regex(file, value, path);
            case STRING_LIST -> stringList(file, value, path);
            case INTEGER_MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple e : mapping(file, value, path).getValue()) {
                    String k = key(file, e);
                    out.put(k, integer(file, e.getValueNode(), path + "." + k));
                }
                yield out;
            }
            case STRING_MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple e : mapping(file, value, path).getValue()) {
                    String k = key(file, e);
                    out.put(k, scalar(file, e.getValueNode(), path + "." + k));
                }
                yield out;
            }
            case VALUES_OR_PATTERN_MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple e : mapping(file, value, path).getValue()) {
                    String k = key(file, e);
                    Node v = e.getValueNode();
                    out.put(k, v instanceof SequenceNode ? stringList(file, v, path + "." + k)
                            : regex(file, v, path + "." + k));
                }
                yield out;
            }
        };
    }
}
