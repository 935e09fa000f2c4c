package io.finguard.cleanup.aws;

import java.net.URI;

/**
 * What every client shares.
 *
 * @param endpoint an AWS-compatible endpoint overriding every service's, or null
 * @param profile  a named profile for credentials, or null for the SDK's default chain
 * @param retry    retry mode and backoff
 */
public record ClientSettings(URI endpoint, String profile, RetrySettings retry) {

    public static ClientSettings of(String endpointUrl, String profile) {
        URI endpoint = endpointUrl == null || endpointUrl.isBlank() ? null : URI.create(endpointUrl);
        if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
            throw new IllegalArgumentException("--endpoint-url '" + endpointUrl + "' is not an absolute URL");
        }
        return new ClientSettings(endpoint, profile, RetrySettings.defaults());
    }

    public ClientSettings withRetry(RetrySettings newRetry) {
        return new ClientSettings(endpoint, profile, newRetry);
    }
}
