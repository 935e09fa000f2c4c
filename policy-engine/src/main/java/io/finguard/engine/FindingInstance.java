package io.finguard.engine;

import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.origin.ValueChain;

import java.util.List;
import java.util.Objects;

/**
 * One instance of the resource block a finding is about: one module instance, in one root module. A block in a
 * module that several roots call, or that a {@code module} block with {@code count}/{@code for_each} expands, has
 * one instance per root and per module instance; they share one finding when they break the rule the same way
 * (docs/decisions/075-one-finding-per-place.md).
 *
 * @param address     the instance's resource address ({@code module.lambda["a"].aws_cloudwatch_log_group.this})
 * @param root        the root module's directory as the scan has it ({@code ""} for the scan root; null for a
 *                    result built without one)
 * @param via         the {@code module} blocks that created it, outermost (the root's) first; empty in a root
 * @param fingerprint the instance's own fingerprint (rule, root, address: decision 053), which baselines match, so
 *                    that a baseline written before findings were grouped keeps suppressing the same instances
 * @param block       the resource block as written ({@code aws_s3_bucket.logs}, {@code data.aws_iam_policy.x}),
 *                    or the whole address when the finding has no file (a plan without HCL); the same for
 *                    every instance of one place, and what the finding's fingerprint is made of
 * @param placeMessage the message as instances of other callers can share it (the value's chain without its
 *                    callers: decision 076), what findings are grouped by; null when it is the finding's message
 * @param origin      where the value at fault comes from for this instance, when the rule traced it; else null
 */
public record FindingInstance(String address, String root, List<Call> via, String fingerprint, String block,
                              String placeMessage, ValueChain origin) {

    public FindingInstance(String address, String root, List<Call> via, String fingerprint, String block) {
        this(address, root, via, fingerprint, block, null, null);
    }

    /** A {@code module} block on the way to an instance: its file (as the scan has it) and first line. */
    public record Call(String file, int line) {
        // written out, as in BlockAt: a record's generated ones link through method handles at first call
        @Override
        public boolean equals(Object o) {
            return o instanceof Call c && line == c.line && Objects.equals(file, c.file);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(file) + line;
        }
    }

    public FindingInstance {
        via = List.copyOf(via);
    }

    /** The instance a rule reported in {@code draft}, with the fingerprint the scan gave that report. */
    static FindingInstance of(io.finguard.api.FindingDraft draft, String fingerprint) {
        FindingInstance plain = of(draft.resource(), fingerprint);
        return new FindingInstance(plain.address, plain.root, plain.via, fingerprint, plain.block,
                draft.origin() == null ? null : draft.placeMessage(), draft.origin());
    }

    /** The instance of {@code resource} that a rule reported, with the fingerprint the scan gave that report. */
    static FindingInstance of(Resource resource, String fingerprint) {
        List<Call> via = resource.callers() == null ? List.of() : resource.callers().stream()
                .map(FindingInstance::call).toList();
        String block = resource.syntax() == null ? resource.address()
                : (resource.mode() == io.finguard.terraform.ResourceMode.DATA ? "data." : "") + resource.type() + "."
                + resource.name();
        return new FindingInstance(resource.address(), resource.rootModule(), via, fingerprint, block);
    }

    private static Call call(SyntaxRef ref) {
        return new Call(ref.file(), ref.block().range().startLine());
    }
}
