package io.finguard.rules.storage;

import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.List;

/**
 * Whether a bucket keeps noncurrent versions: an {@code aws_s3_bucket_versioning} with status {@code Enabled}
 * that belongs to it, or the legacy inline {@code versioning { enabled = true }}.
 */
final class BucketVersioning {

    enum State { ENABLED, NOT_ENABLED, UNKNOWN }

    private BucketVersioning() {
    }

    static State of(Resource bucket, BucketLinks versionings) {
        boolean unknown = false;
        for (Resource v : versionings.of(bucket)) {
            List<Value.Obj> configuration = ResourceValues.blocks(v, "versioning_configuration");
            if (configuration == null
                    || configuration.stream().anyMatch(c -> ResourceValues.unknown(c.get("status")))) {
                unknown = true;
            } else if (configuration.stream().anyMatch(c -> "Enabled".equals(ResourceValues.string(c.get("status"))))) {
                return State.ENABLED;
            }
        }
        State inline = inline(bucket);
        if (inline == State.ENABLED) {
            return inline;
        }
        return unknown || inline == State.UNKNOWN || versionings.mayHaveUnresolved(bucket) ? State.UNKNOWN
                : State.NOT_ENABLED;
    }

    private static State inline(Resource bucket) {
        List<Value.Obj> blocks = ResourceValues.blocks(bucket, "versioning");
        if (blocks == null) {
            return State.UNKNOWN;
        }
        for (Value.Obj b : blocks) {
            Value enabled = b.get("enabled");
            if (ResourceValues.unknown(enabled)) {
                return State.UNKNOWN;
            }
            if (Boolean.TRUE.equals(ResourceValues.bool(enabled))) {
                return State.ENABLED;
            }
        }
        return State.NOT_ENABLED;
    }
}
