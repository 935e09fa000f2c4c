package io.finguard.maven;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code finguard:validate}: loads the Terraform under {@code directory} the way {@code finguard inspect} does and
 * fails the build when a file cannot be parsed or evaluated, naming file, line and problem. Runs in-process.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The directory to load, searched recursively. */
    @Parameter(property = "finguard.directory", defaultValue = "${project.basedir}")
    File directory;

    /** A {@code terraform show -json} plan to load as well. */
    @Parameter(property = "finguard.planFile")
    File planFile;

    /** Skip the goal. */
    @Parameter(property = "finguard.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("finguard: skipped");
            return;
        }
        if (directory == null || !Files.isDirectory(directory.toPath())) {
            throw new MojoExecutionException("finguard: directory does not exist: " + directory);
        }
        if (planFile != null && !Files.isRegularFile(planFile.toPath())) {
            throw new MojoExecutionException("finguard: plan file does not exist: " + planFile);
        }
        LoadRequest request = LoadRequest.of(directory.toPath(), List.of(directory.toPath()));
        TerraformModel model = new ModelLoader().load(request, planFile == null ? null : planFile.toPath());
        getLog().info("finguard: loaded " + model.resources().size() + " resources in " + model.modules().size()
                + " modules");
        if (!model.errors().isEmpty()) {
            StringBuilder message = new StringBuilder("finguard: Terraform under " + directory + " has "
                    + model.errors().size() + " error(s):");
            for (LoadError e : model.errors()) {
                message.append(System.lineSeparator()).append("  ").append(e.file())
                        .append(e.line() > 0 ? ":" + e.line() : "").append(": ").append(e.message());
            }
            throw new MojoFailureException(message.toString());
        }
    }
}
