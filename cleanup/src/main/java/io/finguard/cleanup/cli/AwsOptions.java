package io.finguard.cleanup.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and as whom to connect; shared by every cleanup command. */
public final class AwsOptions {

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region to work in (repeatable). Default: the profile's or the SDK's default region.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send every AWS call to this AWS-compatible endpoint (an emulator, a VPC endpoint).")
    String endpointUrl;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile from the AWS config files. Default: the SDK's default credential chain.")
    String profile;
}
