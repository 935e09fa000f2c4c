package io.finguard.cli;

import io.finguard.engine.ScanRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What to load, shared by every command that reads Terraform: paths, a plan file, variable values. */
public final class ModelOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Directories (searched recursively) or files. Default: the current directory.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "FILE",
            description = "A 'terraform show -json' plan. With a PATH too, plan values are checked and locations "
                    + "come from the HCL.")
    Path plan;

    @Option(names = "--var-file", paramLabel = "FILE", description = "A .tfvars file for the root modules.")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A root module variable value.")
    Map<String, String> vars = new LinkedHashMap<>();

    public List<Path> paths() {
        return paths;
    }

    public Path plan() {
        return plan;
    }

    public List<Path> varFiles() {
        return varFiles;
    }

    public Map<String, String> vars() {
        return vars;
    }

    /**
     * A scan request holding these options; the command adds its own ({@code --config}, rule selection, threshold)
     * and {@link ScanRequest.Builder#build()} applies SPEC §2's defaults (no PATH: the current directory).
     */
    public ScanRequest.Builder scanRequest() {
        return ScanRequest.builder().paths(paths).plan(plan).varFiles(varFiles).vars(vars);
    }
}
