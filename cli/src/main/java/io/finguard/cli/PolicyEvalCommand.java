package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.rego.DataFiles;
import io.finguard.rego.PolicySet;
import io.finguard.rego.QueryResult;
import io.finguard.rego.RegoException;
import io.finguard.rego.RegoVersion;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.Value;
import io.finguard.rego.value.Values;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code finguard policy eval}: evaluates a query over policies and data, printing OPA's result shape. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a Rego query, like 'opa eval' (same JSON result shape, so the two can be diffed).")
public final class PolicyEvalCommand implements Callable<Integer> {

    enum Format { json, pretty }

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--data"}, paramLabel = "PATH",
            description = ".rego, .json or .yaml files, or directories of them (repeatable).")
    List<Path> data = new ArrayList<>();

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "The input document (.json or .yaml).")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (OPA's result shape) or pretty (one line per result). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--rego-version", paramLabel = "VERSION", converter = RegoVersionConverter.class,
            defaultValue = "v1", description = "v0 or v1: the syntax of modules without 'import rego.v1'. "
                    + "Default: ${DEFAULT-VALUE}.")
    RegoVersion version;

    @Option(names = "--fail", description = "Exit 1 when the query has no result.")
    boolean fail;

    @Parameters(index = "0", paramLabel = "QUERY", description = "e.g. data.main.deny")
    String query;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> given = new ArrayList<>(data);
        if (input != null) {
            given.add(input);
        }
        if (MissingPaths.report(given, err)) {
            return ExitCode.USAGE.code;
        }
        PolicySet policies;
        Value doc;
        try {
            policies = PolicySet.load(data, version);
            doc = input == null ? null : DataFiles.parse(input.toString(),
                    Files.readString(input, StandardCharsets.UTF_8));
        } catch (RegoException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.FINDINGS.code;
        }
        QueryResult result;
        try {
            result = policies.query(query, doc);
        } catch (RegoException e) {
            err.println("finguard: " + e.getMessage());
            return e.location() != null && "query".equals(e.location().file()) ? ExitCode.USAGE.code
                    : ExitCode.FINDINGS.code;
        }
        if (format == Format.json) {
            out.println(Json.writePretty(result.toJson()));
        } else {
            for (QueryResult.Solution s : result.solutions()) {
                out.println(pretty(s));
            }
        }
        return fail && result.isEmpty() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    /** The bindings when the query has variables, else the value of its single expression. */
    private static String pretty(QueryResult.Solution s) {
        if (s.bindings().isEmpty()) {
            List<String> values = s.expressions().stream().map(v -> v == null ? "true" : Values.format(v)).toList();
            return String.join(", ", values);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Value> e : s.bindings().entrySet()) {
            parts.add(e.getKey() + " = " + Values.format(e.getValue()));
        }
        return String.join(", ", parts);
    }
}
