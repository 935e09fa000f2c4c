package io.finguard.cleanup.deploy;

import io.finguard.cleanup.aws.AwsClientFactory;
import io.finguard.cleanup.aws.ClientSettings;
import io.finguard.cleanup.aws.Sleeper;
import io.finguard.cleanup.job.RegionNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/** Deploys with real SDK clients; the steps themselves live in {@link ScheduledJobDeployment}. */
public final class AwsDeployer implements Deployer {

    @Override
    public DeploymentReport deploy(DeploymentSettings s) {
        AwsClientFactory factory = new AwsClientFactory(ClientSettings.of(s.endpointUrl(), s.profile()));
        String region = s.region() != null ? RegionNames.validate(List.of(s.region())).get(0)
                : factory.defaultRegion().orElseThrow(() -> new IllegalArgumentException(
                        "no region: pass --region, or set AWS_REGION or a profile's region"));
        byte[] code = readCode(s);
        try (LambdaClient lambda = factory.lambda(region); SchedulerClient scheduler = factory.scheduler(region)) {
            return new ScheduledJobDeployment(lambda, scheduler, Clock.systemUTC(), Sleeper.real()).deploy(s, code);
        }
    }

    private static byte[] readCode(DeploymentSettings s) {
        if (s.codeJar() == null) {
            if (s.apply()) {
                throw new IllegalArgumentException("no Lambda jar found: build it (mvn -pl cleanup -am package) and"
                        + " pass --code cleanup/target/cleanup-<version>-lambda.jar");
            }
            return null;
        }
        if (!Files.isRegularFile(s.codeJar())) {
            throw new IllegalArgumentException("--code " + s.codeJar() + " is not a file");
        }
        try {
            return Files.readAllBytes(s.codeJar());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + s.codeJar(), e);
        }
    }
}
