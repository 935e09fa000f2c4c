package io.finguard.engine;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.Severity;
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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code finguard.yml} (SPEC §4) strictly: an unknown key, a value of the wrong type, an unknown rule or an
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
            return new ScanConfig(Severity.LOW, List.of(), Map.of(), name);
        }
        Severity threshold = Severity.LOW;
        List<String> exclude = List.of();
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        for (NodeTuple entry : mapping(name, root, "top level").getValue()) {
            String key = key(name, entry);
            Node value = entry.getValueNode();
            switch (key) {
                case "severity-threshold" -> threshold = severity(name, value, key);
                case "exclude-paths" -> exclude = stringList(name, value, key);
                case "rules" -> {
                    for (NodeTuple ruleEntry : mapping(name, value, key).getValue()) {
                        String id = key(name, ruleEntry);
                        rules.put(id, ruleSettings(name, id, ruleEntry));
                    }
                }
                default -> throw new ConfigException(name, line(entry.getKeyNode()), key,
                        "unknown key (expected severity-threshold, exclude-paths or rules)");
            }
        }
        return new ScanConfig(threshold, exclude, rules, name);
    }

    private RuleSettings ruleSettings(String file, String id, NodeTuple ruleEntry) throws ConfigException {
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
                parameters.put(key, parameter(file, specs.get(key).type(), value, path));
            } else {
                List<String> known = new ArrayList<>(List.of("enabled", "severity"));
                known.addAll(specs.keySet());
                throw new ConfigException(file, line(entry.getKeyNode()), path,
                        "unknown key for " + id + " (expected one of " + String.join(", ", known) + ")");
            }
        }
        return new RuleSettings(enabled, severity, Map.copyOf(parameters));
    }

    private static Object parameter(String file, ParameterType type, Node value, String path)
            throws ConfigException {
        return switch (type) {
            case INTEGER -> integer(file, value, path);
            case BOOLEAN -> bool(file, value, path);
            case STRING -> scalar(file, value, path);
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

    private static MappingNode mapping(String file, Node node, String path) throws ConfigException {
        if (node instanceof MappingNode m) {
            // composing keeps duplicate keys; a later one would silently win, so reject them here
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String k = key(file, t);
                if (!seen.add(k)) {
                    throw new ConfigException(file, line(t.getKeyNode()), k, "duplicate key");
                }
            }
            return m;
        }
        throw new ConfigException(file, line(node), path, "expected a mapping of keys to values");
    }

    private static String key(String file, NodeTuple entry) throws ConfigException {
        if (entry.getKeyNode() instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ConfigException(file, line(entry.getKeyNode()), null, "a key must be plain text");
    }

    private static String scalar(String file, Node node, String path) throws ConfigException {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ConfigException(file, line(node), path, "expected a single value");
    }

    private static int integer(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(file, line(node), path, "expected a whole number, got \"" + text + "\"");
        }
    }

    private static boolean bool(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path).trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(file, line(node), path, "expected true or false, got \"" + text + "\"");
    }

    private static Severity severity(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        Severity s = Severity.parse(text.trim());
        if (s == null) {
            throw new ConfigException(file, line(node), path,
                    "expected low, medium, high or critical, got \"" + text + "\"");
        }
        return s;
    }

    private static String regex(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(file, line(node), path,
                    "invalid regular expression \"" + text + "\": " + e.getDescription());
        }
        return text;
    }

    private static List<String> stringList(String file, Node node, String path) throws ConfigException {
        if (!(node instanceof SequenceNode seq)) {
            throw new ConfigException(file, line(node), path, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(file, item, path));
        }
        return List.copyOf(out);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
