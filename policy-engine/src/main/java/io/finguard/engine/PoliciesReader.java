package io.finguard.engine;

import static io.finguard.engine.ConfigNodes.bool;
import static io.finguard.engine.ConfigNodes.key;
import static io.finguard.engine.ConfigNodes.line;
import static io.finguard.engine.ConfigNodes.mapping;
import static io.finguard.engine.ConfigNodes.scalar;
import static io.finguard.engine.ConfigNodes.stringList;

import io.finguard.api.Rule;
import io.finguard.engine.rego.PolicyRules;
import io.finguard.engine.rego.PolicySource;
import io.finguard.rego.RegoVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code policies:} from {@code finguard.yml}: a list of directories of Rego policies, each a path or a
 * mapping with {@code path}, {@code rego-version} ({@code v0}/{@code v1}), {@code namespaces} and
 * {@code all-namespaces}. Paths are relative to the configuration file's directory.
 */
final class PoliciesReader {
    private final String file;

    PoliciesReader(String file) {
        this.file = file;
    }

    List<PolicySource> read(Node node) throws ConfigException {
        if (!(node instanceof SequenceNode seq)) {
            throw new ConfigException(file, line(node), "policies", "expected a list of policy directories");
        }
        List<PolicySource> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(item instanceof ScalarNode ? source(scalar(file, item, "policies"), RegoVersion.V1, List.of(),
                    false, item) : mapped(item));
        }
        return out;
    }

    private PolicySource mapped(Node item) throws ConfigException {
        String path = null;
        RegoVersion version = RegoVersion.V1;
        List<String> namespaces = List.of();
        boolean all = false;
        for (NodeTuple e : mapping(file, item, "policies").getValue()) {
            String k = key(file, e);
            Node v = e.getValueNode();
            switch (k) {
                case "path" -> path = scalar(file, v, "policies.path");
                case "rego-version" -> {
                    try {
                        version = RegoVersion.parse(scalar(file, v, "policies.rego-version"));
                    } catch (IllegalArgumentException ex) {
                        throw new ConfigException(file, line(v), "policies.rego-version", ex.getMessage());
                    }
                }
                case "namespaces" -> namespaces = stringList(file, v, "policies.namespaces");
                case "all-namespaces" -> all = bool(file, v, "policies.all-namespaces");
                default -> throw new ConfigException(file, line(e.getKeyNode()), "policies." + k,
                        "unknown key (expected path, rego-version, namespaces or all-namespaces)");
            }
        }
        if (path == null) {
            throw new ConfigException(file, line(item), "policies", "a policy directory needs a path");
        }
        return source(path, version, namespaces, all, item);
    }

    private PolicySource source(String path, RegoVersion version, List<String> namespaces, boolean all, Node at)
            throws ConfigException {
        Path base = Path.of(file).toAbsolutePath().getParent();
        Path resolved = base == null ? Path.of(path) : base.resolve(path).normalize();
        if (!Files.exists(resolved)) {
            throw new ConfigException(file, line(at), "policies", "no such file or directory: " + path);
        }
        return new PolicySource(resolved, version, namespaces, all);
    }

    /** The rules of the configured policies (so that {@code rules:} may set their severity); load errors name the policy file. */
    static List<Rule> rules(String file, List<PolicySource> policies) throws ConfigException {
        try {
            return PolicyRules.load(policies, null);
        } catch (PolicyRules.PolicyLoadException e) {
            throw new ConfigException(e.file() == null ? file : e.file(), e.line(), null, e.problem());
        }
    }
}
