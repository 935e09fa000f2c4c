package io.finguard.rules.storage;

import io.finguard.api.ParameterSpec;
import io.finguard.api.ParameterType;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rules.CompanionLabels;
import io.finguard.rules.RuleDocs;
import io.finguard.terraform.Resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FG401 s3-lifecycle: every bucket has lifecycle rules that move or expire objects, expire noncurrent versions when
 * it is versioned, and abort incomplete multipart uploads. Without them S3 bills every byte at the STANDARD price
 * forever, including overwritten versions and upload parts nobody can see.
 */
public final class S3LifecycleRule implements Rule {

    static final String ID = "FG401";
    static final String BUCKET = "aws_s3_bucket";
    static final String LIFECYCLE = "aws_s3_bucket_lifecycle_configuration";
    static final String VERSIONING = "aws_s3_bucket_versioning";

    private static final RuleMetadata METADATA = new RuleMetadata(ID, "s3-lifecycle", Severity.MEDIUM,
            "Every S3 bucket has a lifecycle configuration that transitions or expires objects, expires noncurrent "
                    + "versions of a versioned bucket and aborts incomplete multipart uploads.",
            Set.of(BUCKET, LIFECYCLE, VERSIONING),
            List.of(new ParameterSpec("transition-days", ParameterType.INTEGER_MAP,
                            defaultTransitionDays(),
                            "Days after creation at which the fix moves objects to each storage class"),
                    new ParameterSpec("noncurrent-expiration-days", ParameterType.INTEGER, 90,
                            "Days after which the fix expires noncurrent versions"),
                    new ParameterSpec("abort-incomplete-days", ParameterType.INTEGER, 7,
                            "Days after which the fix aborts incomplete multipart uploads"),
                    new ParameterSpec("require-abort-incomplete", ParameterType.BOOLEAN, true,
                            "Whether a lifecycle configuration must abort incomplete multipart uploads")),
            RuleDocs.resource(ID), RuleDocs.helpUri(ID));

    /** In the order objects move through the classes, which is also how {@code finguard rules show} lists them. */
    private static Map<String, Object> defaultTransitionDays() {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("STANDARD_IA", 30);
        days.put("GLACIER", 90);
        days.put("DEEP_ARCHIVE", 365);
        return Collections.unmodifiableMap(days);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext context) {
        List<Resource> buckets = context.resources(BUCKET);
        new BucketLifecycleCheck(context, buckets,
                new BucketLinks(buckets, context.resources(LIFECYCLE)),
                new BucketLinks(buckets, context.resources(VERSIONING)),
                context.parameters().bool("require-abort-incomplete"),
                new LifecycleFixes(context.parameters(), new CompanionLabels(context.model()))).run();
    }
}
