package io.finguard.testrules;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.terraform.Resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only rule FG901: reports every {@code aws_s3_bucket} at its {@code tags} (or header). Declares a parameter
 * of several types so that {@code finguard rules show} has something to print. Registered only in this module's
 * test resources.
 */
public final class EveryBucketRule implements Rule {

    @Override
    public RuleMetadata metadata() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("prod", 30);
        days.put("dev", 7);
        return new RuleMetadata("FG901", "every-bucket", Severity.HIGH, "Reports every S3 bucket.",
                Set.of("aws_s3_bucket"), List.of(
                        new ParameterSpec("required-tags", ParameterType.STRING_LIST, List.of("Owner", "Team"),
                                "tags every bucket needs"),
                        new ParameterSpec("pattern", ParameterType.REGEX, "^cc-[0-9]{3,}$", "a cost centre"),
                        new ParameterSpec("max-days", ParameterType.INTEGER_MAP, days, "days by environment"),
                        new ParameterSpec("max", ParameterType.INTEGER, 20, "a cap"),
                        new ParameterSpec("strict-names", ParameterType.BOOLEAN, false, "a switch")),
                "/io/finguard/testrules/FG901.md", "https://example.invalid/docs/FG901.md");
    }

    @Override
    public void check(RuleContext context) {
        for (Resource r : context.resources("aws_s3_bucket")) {
            context.report(r, "bucket " + r.name() + " found", "tags");
        }
    }
}
