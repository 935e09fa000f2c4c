package io.finguard.cleanup.aws;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS call named by its IAM action. Retries with backoff happen inside the SDK client (see
 * {@link AwsClientFactory}); what reaches here has exhausted them and becomes an {@link AwsCallException}.
 */
public final class AwsCall {

    private static final Logger LOG = Logger.getLogger(AwsCall.class.getName());

    private AwsCall() {
    }

    public static <T> T of(AwsAction action, Supplier<T> call) {
        LOG.log(Level.FINE, "calling {0}", action.iamName());
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new AwsCallException(action, code, message, e);
        } catch (SdkException e) {
            throw new AwsCallException(action, null, e.getMessage(), e);
        }
    }

    public static void run(AwsAction action, Runnable call) {
        of(action, () -> {
            call.run();
            return null;
        });
    }
}
