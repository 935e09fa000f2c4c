package io.finguard.maven;

import io.finguard.engine.ScanConfig;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanService;
import io.finguard.engine.ScanSetupException;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code finguard:validate}: loads the Terraform under {@code directory} the way {@code finguard inspect} does (with
 * the configuration's {@code exclude-paths} and the given variables) and fails the build when a file cannot be
 * parsed or evaluated, naming file, line and problem. Runs in-process; runs no rule.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractFinguardMojo {

    @Override
    protected void executeOn(TerraformPaths paths) throws MojoExecutionException, MojoFailureException {
        ScanRequest request = scanRequest(paths).build();
        ScanConfig config;
        try {
            request.checkInputs();
            config = new ScanService().config(request.config(), request.paths(), request.root());
        } catch (ScanSetupException e) {
            throw new MojoExecutionException("finguard: " + e.getMessage(), e);
        }
        LoadRequest load = new LoadRequest(request.paths(), request.root(), request.varFiles(), request.vars(),
                config.excludePaths());
        TerraformModel model = new ModelLoader().load(load, request.plan());
        checkPlanRead(request, model.errors());
        getLog().info("finguard: loaded " + model.resources().size() + " resources in " + model.modules().size()
                + " modules");
        if (!model.errors().isEmpty()) {
            throw new MojoFailureException(FindingLines.list("finguard: Terraform under " + paths.root() + " has "
                    + model.errors().size() + " error(s):", model.errors(), FindingLines::of));
        }
    }
}
