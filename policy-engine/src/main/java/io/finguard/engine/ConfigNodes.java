package io.finguard.engine;

import io.finguard.api.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Typed reads of composed YAML nodes for the config readers: each either returns the value or throws a
 * {@link ConfigException} naming file, line and key, so every section of {@code finguard.yml} fails the same way.
 */
final class ConfigNodes {

    private ConfigNodes() {
    }

    static MappingNode mapping(String file, Node node, String path) throws ConfigException {
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

    static String key(String file, NodeTuple entry) throws ConfigException {
        if (entry.getKeyNode() instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ConfigException(file, line(entry.getKeyNode()), null, "a key must be plain text");
    }

    static String scalar(String file, Node node, String path) throws ConfigException {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw new ConfigException(file, line(node), path, "expected a single value");
    }

    static int integer(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(file, line(node), path, "expected a whole number, got \"" + text + "\"");
        }
    }

    static boolean bool(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path).trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(file, line(node), path, "expected true or false, got \"" + text + "\"");
    }

    static Severity severity(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        Severity s = Severity.parse(text.trim());
        if (s == null) {
            throw new ConfigException(file, line(node), path,
                    "expected low, medium, high or critical, got \"" + text + "\"");
        }
        return s;
    }

    static String regex(String file, Node node, String path) throws ConfigException {
        String text = scalar(file, node, path);
        try {
            Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(file, line(node), path,
                    "invalid regular expression \"" + text + "\": " + e.getDescription());
        }
        return text;
    }

    static List<String> stringList(String file, Node node, String path) throws ConfigException {
        if (!(node instanceof SequenceNode seq)) {
            throw new ConfigException(file, line(node), path, "expected a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(file, item, path));
        }
        return List.copyOf(out);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
