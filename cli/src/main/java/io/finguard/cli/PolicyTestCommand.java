package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.rego.PolicySet;
import io.finguard.rego.RegoException;
import io.finguard.rego.RegoVersion;
import io.finguard.rego.ast.Module;
import io.finguard.rego.ast.Rule;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.Value;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code finguard policy test}: runs the {@code test_*} rules of the policies like {@code opa test}. A test
 * passes when its rule is defined and not false; an evaluation error fails it.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test_* rules of Rego policies, like 'opa test'; exit 1 when one fails.")
public final class PolicyTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".rego and data files, or directories of them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rego-version", paramLabel = "VERSION", converter = RegoVersionConverter.class,
            defaultValue = "v1", description = "v0 or v1: the syntax of modules without 'import rego.v1'. "
                    + "Default: ${DEFAULT-VALUE}.")
    RegoVersion version;

    @Option(names = {"-v", "--verbose"}, description = "List passing tests too.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (MissingPaths.report(paths, err)) {
            return ExitCode.USAGE.code;
        }
        PolicySet policies;
        try {
            policies = PolicySet.load(paths, version);
        } catch (RegoException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.FINDINGS.code;
        }
        Set<String> tests = new LinkedHashSet<>();
        for (Module m : policies.modules()) {
            for (Rule r : m.rules()) {
                if (r.path().size() == 1 && r.name().startsWith("test_") && r.kind() == Rule.Kind.COMPLETE) {
                    tests.add("data." + m.packageName() + "." + r.name());
                }
            }
        }
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (String test : tests) {
            String outcome;
            try {
                Value v = policies.evaluate(test, null);
                outcome = v == null || v.equals(BoolValue.FALSE) ? "FAIL" : "PASS";
            } catch (RegoException e) {
                outcome = "ERROR: " + e.getMessage();
            }
            if (outcome.equals("PASS")) {
                passed++;
                if (verbose) {
                    out.println(test + ": PASS");
                }
            } else {
                failures.add(test);
                out.println(test + ": " + outcome);
            }
        }
        if (!failures.isEmpty() || verbose) {
            out.println("--------------------------------------------------------------------------------");
        }
        out.println("PASS: " + passed + "/" + tests.size());
        if (!failures.isEmpty()) {
            out.println("FAIL: " + failures.size() + "/" + tests.size());
        }
        if (tests.isEmpty()) {
            err.println("finguard: no test_* rules found");
        }
        return failures.isEmpty() ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }
}
