/**
 * Everything that touches the AWS SDK's plumbing: the IAM actions the code calls, client construction (endpoint,
 * profile, retries, HTTP client) and error translation. Knows nothing of volumes or log groups.
 */
package io.finguard.cleanup.aws;
