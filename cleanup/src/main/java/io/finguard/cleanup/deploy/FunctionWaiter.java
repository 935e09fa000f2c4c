package io.finguard.cleanup.deploy;

import io.finguard.cleanup.aws.AwsAction;
import io.finguard.cleanup.aws.AwsCall;
import io.finguard.cleanup.aws.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * Waits until a function is ready for the next change: Lambda rejects an update while the previous one is
 * still in progress ({@code ResourceConflictException}). A bounded loop with an injectable clock and sleeper.
 */
final class FunctionWaiter {

    private final LambdaClient lambda;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Duration timeout;

    FunctionWaiter(LambdaClient lambda, Clock clock, Sleeper sleeper, Duration interval, Duration timeout) {
        this.lambda = lambda;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
        this.timeout = timeout;
    }

    void awaitReady(String functionName) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            FunctionConfiguration c = AwsCall.of(AwsAction.LAMBDA_GET_FUNCTION,
                    () -> lambda.getFunction(r -> r.functionName(functionName))).configuration();
            String state = c.stateAsString();
            String update = c.lastUpdateStatusAsString();
            if ("Failed".equals(state) || "Failed".equals(update)) {
                throw new IllegalStateException("function " + functionName + " failed: "
                        + (c.lastUpdateStatusReason() != null ? c.lastUpdateStatusReason() : c.stateReason()));
            }
            boolean settled = !"Pending".equals(state) && !"InProgress".equals(update);
            if (settled) {
                return;
            }
            if (!clock.instant().plus(interval).isBefore(deadline)) {
                throw new IllegalStateException("function " + functionName + " not ready within " + timeout);
            }
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for function " + functionName, e);
            }
        }
    }
}
