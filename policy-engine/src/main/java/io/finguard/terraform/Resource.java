package io.finguard.terraform;

import java.util.List;

/**
 * A resource or data source as finguard sees it, the same shape whether it came from HCL or from a plan.
 *
 * @param address       full address, e.g. {@code module.data.aws_s3_bucket.logs} (plan mode adds the instance
 *                      key: {@code aws_s3_bucket.logs["a"]})
 * @param moduleAddress the module instance it belongs to ({@code ""} for a root module)
 * @param values        evaluated arguments; nested blocks are lists of objects under the block type, as in plan JSON.
 *                      Meta-arguments ({@code count}, {@code for_each}, {@code provider}, {@code depends_on},
 *                      {@code lifecycle}) are not in here
 * @param count         the evaluated {@code count}, or null when absent
 * @param forEach       the evaluated {@code for_each}, or null when absent
 * @param provider      the provider configuration it uses (resolved through aliases and module {@code providers})
 * @param location      the block's file and lines
 * @param syntax        the block in its file; null when the resource comes from a plan with no HCL beside it
 * @param callers       the {@code module} blocks through which it was instantiated, outermost first
 */
public record Resource(String address, ResourceMode mode, String type, String name, String moduleAddress,
                       Value.Obj values, Value count, Value forEach, ProviderConfig provider,
                       Location location, SyntaxRef syntax, List<SyntaxRef> callers) {

    public Value get(String attribute) {
        return values.get(attribute);
    }
}
