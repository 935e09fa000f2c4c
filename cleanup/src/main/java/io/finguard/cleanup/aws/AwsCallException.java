package io.finguard.cleanup.aws;

/**
 * An AWS call that failed after the SDK's own retries, with the IAM action in the message so that an
 * {@code AccessDenied} says which permission is missing.
 */
public final class AwsCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    public AwsCallException(AwsAction action, String errorCode, String message, Throwable cause) {
        super(action.iamName() + " failed: " + (errorCode == null ? "" : errorCode + ": ") + message, cause);
        this.errorCode = errorCode;
    }

    /** The service's error code ({@code ThrottlingException}, {@code AccessDenied}, …), or null for client errors. */
    public String errorCode() {
        return errorCode;
    }
}
