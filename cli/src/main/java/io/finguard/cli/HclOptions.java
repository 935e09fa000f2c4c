package io.finguard.cli;

import io.finguard.engine.ScanRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Terraform files to read and the variable values for them: the options of every command that reads HCL.
 * {@code fix} takes only these; {@link ModelOptions} adds {@code --plan} for the commands that read plans too.
 */
public final class HclOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Directories (searched recursively) or files. Default: the current directory.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--var-file", paramLabel = "FILE", description = "A .tfvars file for the root modules.")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A root module variable value.")
    Map<String, String> vars = new LinkedHashMap<>();

    public List<Path> paths() {
        return paths;
    }

    public List<Path> varFiles() {
        return varFiles;
    }

    public Map<String, String> vars() {
        return vars;
    }

    /**
     * A scan request holding these options; the command adds its own ({@code --config}, rule selection, threshold)
     * and {@link ScanRequest.Builder#build()} applies the documented defaults (no PATH: the current directory).
     */
    public ScanRequest.Builder scanRequest() {
        return ScanRequest.builder().paths(paths).varFiles(varFiles).vars(vars);
    }
}
