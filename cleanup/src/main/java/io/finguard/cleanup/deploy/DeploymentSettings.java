package io.finguard.cleanup.deploy;

import io.finguard.cleanup.model.JobSettings;
import java.nio.file.Path;

/**
 * What {@code cleanup schedule} deploys.
 *
 * @param region            where the function and schedule live (the job itself may clean other regions)
 * @param roleArn           the function's execution role
 * @param schedulerRoleArn  the role EventBridge Scheduler assumes to invoke the function
 * @param codeJar           the shaded Lambda jar, or null when it could not be found (then only a dry run works)
 * @param job               the job's settings, sent to the function as its JSON input
 * @param apply             deploy for real; false prints what would be done
 */
public record DeploymentSettings(String region, String functionName, String roleArn, String schedulerRoleArn,
                                 String scheduleExpression, String scheduleGroup, String runtime, int memoryMb,
                                 int timeoutSeconds, Path codeJar, JobSettings job, boolean apply,
                                 String endpointUrl, String profile) {

    /** The handler class inside the jar, in Lambda's {@code class::method} form. */
    public static final String HANDLER = "io.finguard.cleanup.lambda.CleanupHandler::handleRequest";

    /** The schedule is named after the function: one function, one schedule. */
    public String scheduleName() {
        return functionName;
    }
}
