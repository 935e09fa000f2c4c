package io.finguard.cli;

import io.finguard.engine.rego.PolicySource;
import io.finguard.rego.RegoVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The Rego policy options of {@code scan}: which directories, which packages, which syntax. */
public final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "DIR",
            description = "A directory of Rego policies whose deny, violation and warn rules report findings "
                    + "(repeatable; also 'policies:' in finguard.yml).")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--namespace", paramLabel = "PACKAGE",
            description = "A package whose rules count (repeatable). Default: main.")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--all-namespaces", description = "The rules of every package count.")
    boolean allNamespaces;

    @Option(names = "--rego-version", paramLabel = "VERSION", converter = RegoVersionConverter.class,
            defaultValue = "v1", description = "v0 or v1: the syntax of policies without 'import rego.v1'. "
                    + "Default: ${DEFAULT-VALUE}.")
    RegoVersion version;

    /** The policy directories of the command line. */
    public List<PolicySource> sources() {
        List<PolicySource> out = new ArrayList<>();
        for (Path p : policies) {
            out.add(new PolicySource(p, version, namespaces, allNamespaces));
        }
        return out;
    }
}
