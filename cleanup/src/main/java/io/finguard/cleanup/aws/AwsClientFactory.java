package io.finguard.cleanup.aws;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/** Builds SDK clients configured the same way: endpoint, credentials, retries and the url-connection HTTP client. */
public final class AwsClientFactory {

    private final ClientSettings settings;
    private final AwsCredentialsProvider credentials;

    /** Credentials from the profile in the settings, else from the SDK's default chain. */
    public AwsClientFactory(ClientSettings settings) {
        this(settings, null);
    }

    /** Fixed credentials: for emulators and tests, which need some but never real ones. */
    public AwsClientFactory(ClientSettings settings, AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.credentials = credentials;
    }

    public Ec2Client ec2(String region) {
        return configure(Ec2Client.builder(), region).build();
    }

    public CloudWatchLogsClient logs(String region) {
        return configure(CloudWatchLogsClient.builder(), region).build();
    }

    public LambdaClient lambda(String region) {
        return configure(LambdaClient.builder(), region).build();
    }

    public SchedulerClient scheduler(String region) {
        return configure(SchedulerClient.builder(), region).build();
    }

    /** The three clients the cleanup job uses in one region. */
    public RegionClients regionClients(String region) {
        return new RegionClients(region, ec2(region), logs(region), lambda(region));
    }

    /**
     * The region to use when none was given: the profile's, else the SDK's default chain (environment, system
     * property, config file, instance metadata).
     */
    public Optional<String> defaultRegion() {
        try {
            if (settings.profile() != null) {
                Region r = new AwsProfileRegionProvider(ProfileFile::defaultProfileFile, settings.profile()).getRegion();
                if (r != null) {
                    return Optional.of(r.id());
                }
            }
            return Optional.of(DefaultAwsRegionProviderChain.builder().build().getRegion().id());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(retryStrategy()).build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

    private AwsCredentialsProvider credentials() {
        if (credentials != null) {
            return credentials;
        }
        if (settings.profile() == null) {
            return DefaultCredentialsProvider.builder().build();
        }
        return DefaultCredentialsProvider.builder().profileName(settings.profile())
                .profileFile(ProfileFile::defaultProfileFile).build();
    }

    private RetryStrategy retryStrategy() {
        RetrySettings r = settings.retry();
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(r.baseDelay(), r.maxBackoff());
        if (r.adaptive()) {
            return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                    .maxAttempts(r.maxAttempts()).backoffStrategy(backoff).throttlingBackoffStrategy(backoff).build();
        }
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(r.maxAttempts()).backoffStrategy(backoff).throttlingBackoffStrategy(backoff)
                // a long sweep must not give up on retries because many calls were throttled in a row
                .circuitBreakerEnabled(false).build();
    }
}
