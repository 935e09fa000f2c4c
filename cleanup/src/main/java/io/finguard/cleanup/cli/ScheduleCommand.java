package io.finguard.cleanup.cli;

import io.finguard.cleanup.deploy.AwsDeployer;
import io.finguard.cleanup.deploy.Deployer;
import io.finguard.cleanup.deploy.DeploymentReport;
import io.finguard.cleanup.deploy.DeploymentSettings;
import io.finguard.cleanup.deploy.IamPolicy;
import io.finguard.cleanup.deploy.LambdaArtifact;
import io.finguard.cleanup.model.JobSettings;
import io.finguard.cleanup.report.Json;
import io.finguard.cli.spi.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cleanup schedule}: deploys the job as a scheduled Lambda function; a dry run unless {@code --apply}. */
@Command(name = "schedule",
        description = {"Deploy the cleanup job as a Lambda function invoked by an EventBridge Scheduler schedule,"
                + " creating or updating both idempotently. A dry run unless --apply.",
                "The job options (--min-age, --keep-tag, --grace, --snapshot-before-delete, --job-apply) become the"
                        + " function's input; every --region is cleaned, the first one hosts the function."})
public final class ScheduleCommand extends CleanupSubcommand {

    private static final Pattern EXPRESSION = Pattern.compile("(rate|cron|at)\\(.+\\)");

    @Option(names = "--function-name", paramLabel = "NAME", defaultValue = "finguard-cleanup",
            description = "Lambda function (and schedule) name. Default: ${DEFAULT-VALUE}.")
    String functionName;

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "Execution role of the function (required with --apply); see --print-policy.")
    String roleArn;

    @Option(names = "--scheduler-role-arn", paramLabel = "ARN",
            description = "Role EventBridge Scheduler assumes to invoke the function (lambda:InvokeFunction)."
                    + " Default: --role-arn.")
    String schedulerRoleArn;

    @Option(names = "--schedule", paramLabel = "EXPRESSION", defaultValue = "rate(1 day)",
            description = "Scheduler expression: rate(...), cron(...) or at(...). Default: ${DEFAULT-VALUE}.")
    String expression;

    @Option(names = "--schedule-group", paramLabel = "NAME", defaultValue = "default",
            description = "Scheduler group. Default: ${DEFAULT-VALUE}.")
    String scheduleGroup;

    @Option(names = "--runtime", paramLabel = "RUNTIME", defaultValue = "java21",
            description = "Lambda runtime (java17 or later). Default: ${DEFAULT-VALUE}.")
    String runtime;

    @Option(names = "--memory", paramLabel = "MB", defaultValue = "512",
            description = "Function memory in MB. Default: ${DEFAULT-VALUE}.")
    int memoryMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900",
            description = "Function timeout in seconds (at most 900). Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Option(names = "--code", paramLabel = "JAR",
            description = "The Lambda jar. Default: cleanup-<version>-lambda.jar beside this code, else in"
                    + " ./cleanup/target/ (built by mvn -pl cleanup -am package).")
    Path code;

    @Option(names = "--job-apply",
            description = "The scheduled job changes resources (like cleanup run --apply). Default: it only reports.")
    boolean jobApply;

    @Option(names = "--apply", description = "Deploy. Without it, print what would be deployed.")
    boolean apply;

    @Option(names = "--dry-run", description = "Print what would be deployed (the default).")
    boolean dryRun;

    @Option(names = "--print-policy",
            description = "Print the least-privilege IAM policy of the function's role and exit.")
    boolean printPolicy;

    private final Supplier<Deployer> deployer;

    public ScheduleCommand() {
        this(AwsDeployer::new);
    }

    public ScheduleCommand(Supplier<Deployer> deployer) {
        this.deployer = deployer;
    }

    @Override
    public Integer call() {
        if (printPolicy) {
            print(new Json().write(IamPolicy.forJob()));
            return ExitCode.OK.code;
        }
        DeploymentReport report;
        try {
            report = deployer.get().deploy(settings());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage(), e);
        }
        print(format == OutputFormat.json ? new Json().write(report) : report.toText());
        return report.hasFailures() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
    }

    private DeploymentSettings settings() {
        if (apply && dryRun) {
            throw usage("--apply and --dry-run exclude each other", null);
        }
        if (apply && (roleArn == null || roleArn.isBlank())) {
            throw usage("--apply needs --role-arn (the function's execution role)", null);
        }
        if (!EXPRESSION.matcher(expression).matches()) {
            throw usage("--schedule '" + expression + "' is not a rate(...), cron(...) or at(...) expression", null);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900 || memoryMb < 128 || memoryMb > 10_240) {
            throw usage("--timeout must be 1..900 seconds and --memory 128..10240 MB", null);
        }
        JobSettings jobSettings = job.toSettings(aws, jobApply);
        // the function runs in AWS: a local profile means nothing there, so only the deployment uses it
        JobSettings input = new JobSettings(jobSettings.regions(), jobSettings.minAge(), jobSettings.keepTag(),
                jobSettings.grace(), jobSettings.snapshotBeforeDelete(), jobApply, aws.endpointUrl, null);
        List<String> regions = aws.regions == null ? List.of() : aws.regions;
        Path jar = code != null ? code : LambdaArtifact.locate().orElse(null);
        String role = roleArn == null ? "(--role-arn not given)" : roleArn;
        return new DeploymentSettings(regions.isEmpty() ? null : regions.get(0), functionName, role,
                schedulerRoleArn != null ? schedulerRoleArn : role, expression, scheduleGroup, runtime, memoryMb,
                timeoutSeconds, jar, input, apply, aws.endpointUrl, aws.profile);
    }

}
