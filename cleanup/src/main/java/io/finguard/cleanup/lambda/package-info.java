/** The AWS Lambda entry point of the scheduled cleanup job; built into the shaded {@code -lambda.jar}. */
package io.finguard.cleanup.lambda;
