package io.finguard.cleanup.job;

import io.finguard.cleanup.aws.AwsClientFactory;
import io.finguard.cleanup.aws.ClientSettings;
import io.finguard.cleanup.aws.Sleeper;
import io.finguard.cleanup.ebs.EbsPriceTable;
import io.finguard.cleanup.logs.RetentionChoice;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;
import java.time.Clock;
import java.util.List;

/** Runs the job against real AWS (or the endpoint in the settings), with SDK clients built per region. */
public final class AwsJobRunner implements JobRunner {

    @Override
    public CleanupReport run(JobSettings settings) {
        AwsClientFactory factory = new AwsClientFactory(ClientSettings.of(settings.endpointUrl(), settings.profile()));
        List<String> regions = settings.regions().isEmpty()
                ? List.of(factory.defaultRegion().orElseThrow(() -> new IllegalArgumentException(
                        "no region: pass --region, or set AWS_REGION or a profile's region")))
                : RegionNames.validate(settings.regions());
        return new CleanupJob(settings.withRegions(regions), factory::regionClients, EbsPriceTable.bundled(),
                RetentionChoice.defaults(), Clock.systemUTC(), Sleeper.real()).run();
    }
}
