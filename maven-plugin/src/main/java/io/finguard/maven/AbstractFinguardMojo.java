package io.finguard.maven;

import io.finguard.engine.ScanRequest;
import io.finguard.engine.rego.PolicySource;
import io.finguard.rego.RegoVersion;
import io.finguard.engine.ScanService;
import io.finguard.engine.ScanSetupException;
import io.finguard.terraform.LoadError;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every finguard goal reads: which Terraform (directory, plan, variables), which configuration, and whether to
 * run at all. It checks the directory, leaves child modules' directories to those modules, passes quietly when there
 * is no Terraform, and hands the goal a {@link ScanRequest.Builder} that holds all of it; a goal adds its own
 * options (threshold, formats, what to fix) and calls the engine in-process.
 * <p>
 * Setup problems (a missing directory, plan or variables file, an invalid configuration, an unreadable plan) are
 * {@link MojoExecutionException}s with the engine's message; what the Terraform itself holds is the goal's business.
 * Fields are package-private so that unit tests set them as Maven would.
 */
public abstract class AbstractFinguardMojo extends AbstractMojo {

    /** The directory to check, searched recursively; child modules of this project check their own. */
    @Parameter(property = "finguard.directory", defaultValue = "${project.basedir}")
    File directory;

    /** The {@code finguard.yml} to use. Default: {@code finguard.yml} in the directory or its parents up to the git root. */
    @Parameter(property = "finguard.configFile")
    File configFile;

    /** A {@code terraform show -json} plan; with Terraform files too, plan values are checked at HCL locations. */
    @Parameter(property = "finguard.planFile")
    File planFile;

    /** {@code .tfvars} files for the root modules, applied after {@code terraform.tfvars} and {@code *.auto.tfvars}. */
    @Parameter(property = "finguard.varFiles")
    List<File> varFiles;

    /** Root module variable values, applied last (POM configuration only: {@code <vars><env>prod</env></vars>}). */
    @Parameter
    Map<String, String> vars;

    /** Directories of Rego policies whose deny/violation/warn rules report findings (besides finguard.yml's). */
    @Parameter(property = "finguard.policies")
    List<File> policies;

    /** The packages whose rules count (default {@code main}); {@code allNamespaces} makes every package count. */
    @Parameter(property = "finguard.namespaces")
    List<String> namespaces;

    /** Every package of the policies counts. */
    @Parameter(property = "finguard.allNamespaces", defaultValue = "false")
    boolean allNamespaces;

    /** {@code v0} or {@code v1}: the syntax of policies without {@code import rego.v1}. */
    @Parameter(property = "finguard.regoVersion", defaultValue = "v1")
    String regoVersion;

    /** Skip the goal. */
    @Parameter(property = "finguard.skip", defaultValue = "false")
    boolean skip;

    /** This project's directory: where its child modules are. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** This project's child modules, as the POM names them (relative directories or POM files). */
    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /** The build output, which may hold copies of Terraform files that are not this project's sources. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("finguard: skipped");
            return;
        }
        if (directory == null || !Files.isDirectory(directory.toPath())) {
            throw new MojoExecutionException("finguard: directory does not exist: " + directory);
        }
        TerraformPaths paths;
        try {
            paths = TerraformPaths.find(directory.toPath(), leftToOthers());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("finguard: cannot read " + directory + ": " + e.getCause().getMessage(), e);
        }
        if (planFile != null && planIgnoredBecause() != null) {
            getLog().warn("finguard: planFile " + planFile + " is ignored: " + planIgnoredBecause());
        }
        if (!paths.hasTerraform() && plan() == null) {
            getLog().info("finguard: no Terraform files under " + paths.root() + ", nothing to check");
            return;
        }
        executeOn(paths);
    }

    /**
     * Why this goal does not read {@code planFile}, or null when it does. A plugin-level {@code <configuration>}
     * reaches every goal, so a goal that has no use for a plan warns and goes on without it instead of failing.
     */
    protected String planIgnoredBecause() {
        return null;
    }

    /** The plan this goal reads, or null. */
    private File plan() {
        return planIgnoredBecause() == null ? planFile : null;
    }

    /** Runs the goal on Terraform that exists (or a plan): {@link #scanRequest} describes it. */
    protected abstract void executeOn(TerraformPaths paths) throws MojoExecutionException, MojoFailureException;

    /** A request for {@code paths} with this goal's configuration, plan and variables; the goal adds the rest. */
    protected ScanRequest.Builder scanRequest(TerraformPaths paths) throws MojoExecutionException {
        ScanRequest.Builder request = ScanRequest.builder().paths(paths.hasTerraform() ? paths.paths() : List.of())
                .root(paths.root())
                .plan(absolute(plan()))
                .config(absolute(configFile));
        if (varFiles != null) {
            request.varFiles(varFiles.stream().map(AbstractFinguardMojo::absolute).toList());
        }
        if (vars != null) {
            request.vars(vars);
        }
        if (policies != null) {
            RegoVersion version;
            try {
                version = RegoVersion.parse(regoVersion);
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("finguard: regoVersion: " + e.getMessage());
            }
            request.policies(policies.stream().map(p -> new PolicySource(absolute(p), version,
                    namespaces == null ? List.of() : namespaces, allNamespaces)).toList());
        }
        return request;
    }

    /** Runs the scan in-process; a request that cannot be carried out is a broken setup. */
    protected ScanService.Run scan(ScanService service, ScanRequest request) throws MojoExecutionException {
        ScanService.Run run;
        try {
            run = service.run(request);
        } catch (ScanSetupException e) {
            throw new MojoExecutionException("finguard: " + e.getMessage(), e);
        }
        checkPlanRead(request, run.result().errors());
        return run;
    }

    /**
     * A plan that cannot be read is a broken setup (the pipeline that wrote it failed), not something found in the
     * Terraform: the loader reports it as an error on the plan file.
     */
    protected static void checkPlanRead(ScanRequest request, List<LoadError> errors) throws MojoExecutionException {
        List<LoadError> planErrors = errors.stream()
                .filter(e -> e.file() != null && request.plan() != null
                        && request.root().resolve(e.file()).normalize().equals(request.plan()))
                .toList();
        if (!planErrors.isEmpty()) {
            throw new MojoExecutionException(FindingLines.list("finguard: cannot read the plan " + request.plan() + ":",
                    planErrors, FindingLines::of));
        }
    }

    /** Child module directories and the build directory: other modules check the former, the latter is output. */
    private List<Path> leftToOthers() {
        List<Path> out = new ArrayList<>();
        if (buildDirectory != null) {
            out.add(buildDirectory.toPath());
        }
        if (basedir != null && modules != null) {
            for (String module : modules) {
                Path p = basedir.toPath().resolve(module).normalize();
                out.add(Files.isRegularFile(p) ? p.getParent() : p);
            }
        }
        return out;
    }

    private static Path absolute(File file) {
        return file == null ? null : file.toPath().toAbsolutePath().normalize();
    }
}
