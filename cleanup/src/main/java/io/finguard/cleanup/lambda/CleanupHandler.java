package io.finguard.cleanup.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.finguard.cleanup.job.AwsJobRunner;
import io.finguard.cleanup.job.JobRunner;
import io.finguard.cleanup.model.CleanupReport;
import io.finguard.cleanup.model.JobSettings;
import io.finguard.cleanup.model.JobSettingsJson;
import io.finguard.cleanup.report.Json;
import io.finguard.cleanup.report.TextReport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the cleanup job in Lambda. The input is the command line's options as JSON (see {@link JobSettingsJson});
 * without regions, the function's own region ({@code AWS_REGION}) is cleaned. Returns the JSON report; the text
 * report goes to the function's log. A failed action fails the invocation so that it shows in the function's
 * Errors metric (alarm on it); Lambda retries a failed asynchronous invocation up to twice, which is safe because
 * every step re-reads its resource and a second run only redoes what failed.
 */
public final class CleanupHandler implements RequestHandler<Map<String, Object>, String> {

    private final JobRunner runner;
    private final Function<String, String> environment;

    public CleanupHandler() {
        this(new AwsJobRunner(), System::getenv);
    }

    public CleanupHandler(JobRunner runner, Function<String, String> environment) {
        this.runner = runner;
        this.environment = environment;
    }

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        JobSettings settings = JobSettingsJson.fromMap(input);
        String ownRegion = environment.apply("AWS_REGION");
        if (settings.regions().isEmpty() && ownRegion != null) {
            settings = settings.withRegions(List.of(ownRegion));
        }
        CleanupReport report = runner.run(settings);
        String text = new TextReport().render(report);
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(text);
        } else {
            System.err.print(text);
        }
        String json = new Json().write(report);
        if (report.hasFailures()) {
            throw new CleanupFailedException(report.summary().failed() + " cleanup action(s) failed: " + json);
        }
        return json;
    }

    /** Thrown to make the invocation count as an error when an action failed; its message carries the report. */
    public static final class CleanupFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CleanupFailedException(String message) {
            super(message);
        }
    }
}
