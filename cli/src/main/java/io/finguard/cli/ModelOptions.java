package io.finguard.cli;

import io.finguard.engine.ScanRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What to load, shared by every command that reads Terraform and plans: paths, a plan file, variable values. */
public final class ModelOptions {

    @Mixin
    HclOptions hcl;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "A 'terraform show -json' plan. With a PATH too, plan values are checked and locations "
                    + "come from the HCL.")
    Path plan;

    public List<Path> paths() {
        return hcl.paths();
    }

    public Path plan() {
        return plan;
    }

    public List<Path> varFiles() {
        return hcl.varFiles();
    }

    public Map<String, String> vars() {
        return hcl.vars();
    }

    /** {@link HclOptions#scanRequest()} with the plan. */
    public ScanRequest.Builder scanRequest() {
        return hcl.scanRequest().plan(plan);
    }
}
