package io.finguard.cleanup.deploy;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.AwsCallException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * Creates the cleanup function, or brings an existing one up to date: new code only when the jar's SHA-256
 * differs from the deployed one, new configuration only when a setting differs. A second run with the same inputs
 * changes nothing.
 */
final class LambdaDeployer {

    static final String RESOURCE = "lambda-function";
    /**
     * Tiered compilation stopped at C1 shortens a Java function's cold start noticeably; the job is I/O-bound, so
     * the peak performance C2 would add does not matter.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");

    /** The function's ARN (when it exists or was created) and what was done. */
    record Result(Optional<String> functionArn, List<DeploymentStep> steps) {
    }

    private final LambdaClient lambda;
    private final FunctionWaiter waiter;

    LambdaDeployer(LambdaClient lambda, FunctionWaiter waiter) {
        this.lambda = lambda;
        this.waiter = waiter;
    }

    Result deploy(DeploymentSettings s, byte[] code) {
        Optional<FunctionConfiguration> existing = current(s.functionName());
        if (existing.isEmpty()) {
            DeploymentStep step = DeploymentStep.planned(RESOURCE, s.functionName(), "create", "runtime " + s.runtime()
                    + ", handler " + DeploymentSettings.HANDLER + ", " + s.memoryMb() + " MB, timeout "
                    + s.timeoutSeconds() + " s, role " + s.roleArn() + codeNote(code));
            if (!s.apply()) {
                return new Result(Optional.empty(), List.of(step));
            }
            if (code == null) {
                throw new IllegalArgumentException("function " + s.functionName() + " does not exist yet: creating it"
                        + " needs the Lambda jar (--code)");
            }
            String arn = AwsCall.of(AwsAction.LAMBDA_CREATE_FUNCTION, () -> lambda.createFunction(r -> r
                    .functionName(s.functionName()).runtime(s.runtime()).role(s.roleArn())
                    .handler(DeploymentSettings.HANDLER).memorySize(s.memoryMb()).timeout(s.timeoutSeconds())
                    .description("finguard cleanup: orphaned EBS volumes and log groups")
                    .environment(Environment.builder().variables(ENVIRONMENT).build())
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(code))))).functionArn();
            waiter.awaitReady(s.functionName());
            return new Result(Optional.of(arn), List.of(step.done()));
        }
        FunctionConfiguration c = existing.get();
        List<DeploymentStep> steps = new ArrayList<>();
        if (code != null && !sha256(code).equals(c.codeSha256())) {
            DeploymentStep step = DeploymentStep.planned(RESOURCE, s.functionName(), "update-code",
                    "deployed code differs from the jar" + codeNote(code));
            if (s.apply()) {
                AwsCall.of(AwsAction.LAMBDA_UPDATE_FUNCTION_CODE, () -> lambda.updateFunctionCode(r -> r
                        .functionName(s.functionName()).zipFile(SdkBytes.fromByteArray(code))));
                waiter.awaitReady(s.functionName());
                step = step.done();
            }
            steps.add(step);
        }
        List<String> differences = configurationDifferences(c, s);
        if (!differences.isEmpty()) {
            DeploymentStep step = DeploymentStep.planned(RESOURCE, s.functionName(), "update-configuration",
                    String.join("; ", differences));
            if (s.apply()) {
                AwsCall.of(AwsAction.LAMBDA_UPDATE_FUNCTION_CONFIGURATION, () -> lambda.updateFunctionConfiguration(r -> r
                        .functionName(s.functionName()).runtime(s.runtime()).role(s.roleArn())
                        .handler(DeploymentSettings.HANDLER).memorySize(s.memoryMb()).timeout(s.timeoutSeconds())
                        .environment(Environment.builder().variables(ENVIRONMENT).build())));
                waiter.awaitReady(s.functionName());
                step = step.done();
            }
            steps.add(step);
        }
        if (steps.isEmpty()) {
            steps.add(DeploymentStep.planned(RESOURCE, s.functionName(), "none", "up to date").done());
        }
        return new Result(Optional.ofNullable(c.functionArn()), steps);
    }

    private Optional<FunctionConfiguration> current(String name) {
        try {
            return Optional.of(AwsCall.of(AwsAction.LAMBDA_GET_FUNCTION,
                    () -> lambda.getFunction(r -> r.functionName(name))).configuration());
        } catch (AwsCallException e) {
            if ("ResourceNotFoundException".equals(e.errorCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static List<String> configurationDifferences(FunctionConfiguration c, DeploymentSettings s) {
        List<String> d = new ArrayList<>();
        differ(d, "runtime", c.runtimeAsString(), s.runtime());
        differ(d, "handler", c.handler(), DeploymentSettings.HANDLER);
        differ(d, "role", c.role(), s.roleArn());
        differ(d, "memory", c.memorySize(), s.memoryMb());
        differ(d, "timeout", c.timeout(), s.timeoutSeconds());
        Map<String, String> env = c.environment() == null ? Map.of() : c.environment().variables();
        differ(d, "environment", env, ENVIRONMENT);
        return d;
    }

    private static void differ(List<String> out, String what, Object deployed, Object wanted) {
        if (!Objects.equals(deployed, wanted)) {
            out.add(what + " " + deployed + " -> " + wanted);
        }
    }

    /** Base64 of the SHA-256 of the zip: the form Lambda reports as {@code CodeSha256}. */
    static String sha256(byte[] code) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(code));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String codeNote(byte[] code) {
        return code == null ? "; code jar not found (pass --code)" : "; code " + code.length + " bytes";
    }
}
