package io.finguard.rules.storage;

import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a bucket's lifecycle rules do, gathered over every rule that applies to it: the rules of linked
 * {@code aws_s3_bucket_lifecycle_configuration}s ({@code rule { status = "Enabled" }}) and legacy inline
 * {@code lifecycle_rule { enabled = true }} blocks. Only enabled rules count.
 *
 * @param configured       some lifecycle configuration or inline rule exists
 * @param expiresOrMoves   an enabled rule expires or transitions current objects
 * @param noncurrent       an enabled rule expires noncurrent versions
 * @param abortIncomplete  an enabled rule aborts incomplete multipart uploads
 * @param unknown          what could not be read (empty when everything was known)
 */
record LifecycleCoverage(boolean configured, boolean expiresOrMoves, boolean noncurrent, boolean abortIncomplete,
                         List<String> unknown) {

    static final LifecycleCoverage NONE = new LifecycleCoverage(false, false, false, false, List.of());

    LifecycleCoverage and(LifecycleCoverage other) {
        List<String> u = new ArrayList<>(unknown);
        u.addAll(other.unknown);
        return new LifecycleCoverage(configured || other.configured, expiresOrMoves || other.expiresOrMoves,
                noncurrent || other.noncurrent, abortIncomplete || other.abortIncomplete, List.copyOf(u));
    }

    /** The {@code rule} blocks of an {@code aws_s3_bucket_lifecycle_configuration}. */
    static LifecycleCoverage ofConfiguration(Value.Obj values, String where) {
        List<Value.Obj> rules = ResourceValues.blocks(values, "rule");
        if (rules == null) {
            return unknown(where + " rules");
        }
        LifecycleCoverage out = new LifecycleCoverage(true, false, false, false, List.of());
        for (Value.Obj rule : rules) {
            Value status = rule.get("status");
            if (ResourceValues.unknown(status)) {
                out = out.and(unknown(where + " rule status"));
                continue;
            }
            if (!"enabled".equals(lower(ResourceValues.string(status)))) {
                continue;
            }
            out = out.and(actions(rule, where, "abort_incomplete_multipart_upload"));
        }
        return out;
    }

    /** Legacy inline {@code lifecycle_rule} blocks of an {@code aws_s3_bucket} (provider 3.x style). */
    static LifecycleCoverage ofInlineRules(Value.Obj bucket, String where) {
        List<Value.Obj> rules = ResourceValues.blocks(bucket, "lifecycle_rule");
        if (rules == null) {
            return unknown(where + " lifecycle_rule blocks");
        }
        if (rules.isEmpty()) {
            return NONE;
        }
        LifecycleCoverage out = new LifecycleCoverage(true, false, false, false, List.of());
        for (Value.Obj rule : rules) {
            Value enabled = rule.get("enabled");
            if (ResourceValues.unknown(enabled)) {
                out = out.and(unknown(where + " lifecycle_rule enabled"));
                continue;
            }
            if (!Boolean.TRUE.equals(ResourceValues.bool(enabled))) {
                continue;
            }
            out = out.and(actions(rule, where, "abort_incomplete_multipart_upload_days"));
        }
        return out;
    }

    private static LifecycleCoverage actions(Value.Obj rule, String where, String abortArgument) {
        List<String> unknown = new ArrayList<>();
        boolean expires = expires(rule, where, unknown);
        boolean moves = present(rule, "transition", where, unknown);
        boolean noncurrent = present(rule, "noncurrent_version_expiration", where, unknown);
        Value abort = rule.get(abortArgument);
        boolean aborts;
        if (abort instanceof Value.Seq || abort instanceof Value.Obj) {
            aborts = present(rule, abortArgument, where, unknown);
        } else {
            if (ResourceValues.unknown(abort)) {
                unknown.add(where + " " + abortArgument);
            }
            Integer days = ResourceValues.integer(abort);
            aborts = days != null && days > 0;
        }
        return new LifecycleCoverage(true, expires || moves, noncurrent, aborts, List.copyOf(unknown));
    }

    /** An expiration counts when it expires objects by age or date; a delete-marker clean-up alone does not. */
    private static boolean expires(Value.Obj rule, String where, List<String> unknown) {
        List<Value.Obj> expirations = ResourceValues.blocks(rule, "expiration");
        if (expirations == null) {
            unknown.add(where + " expiration");
            return false;
        }
        for (Value.Obj e : expirations) {
            if (ResourceValues.unknown(e.get("days")) || ResourceValues.unknown(e.get("date"))) {
                unknown.add(where + " expiration");
                continue;
            }
            Integer days = ResourceValues.integer(e.get("days"));
            String date = ResourceValues.string(e.get("date"));
            if ((days != null && days > 0) || (date != null && !date.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(Value.Obj rule, String block, String where, List<String> unknown) {
        List<Value.Obj> blocks = ResourceValues.blocks(rule, block);
        if (blocks == null) {
            unknown.add(where + " " + block);
            return false;
        }
        return !blocks.isEmpty();
    }

    private static LifecycleCoverage unknown(String what) {
        return new LifecycleCoverage(true, false, false, false, List.of(what));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
