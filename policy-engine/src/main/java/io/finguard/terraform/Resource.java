package io.finguard.terraform;

import java.util.List;
import java.util.Map;

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
 * @param references    for each top-level argument, what its expression refers to, written as Terraform's plan
 *                      {@code configuration} writes it, most specific first: {@code bucket = aws_s3_bucket.b.id}
 *                      gives {@code ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}. This ties resources together even
 *                      when both ends are known values (a lifecycle configuration to its bucket)
 */
public record Resource(String address, ResourceMode mode, String type, String name, String moduleAddress,
                       Value.Obj values, Value count, Value forEach, ProviderConfig provider,
                       Location location, SyntaxRef syntax, List<SyntaxRef> callers,
                       Map<String, List<String>> references, String rootModule) {

    public Value get(String attribute) {
        return values.get(attribute);
    }

    /**
     * {@code count = 0} or an empty {@code for_each} (known values): Terraform creates no instance of it. Unknown
     * counts are not "nothing": the block may well exist.
     */
    public boolean createsNothing() {
        return createsNothing(count, forEach);
    }

    /** Whether a block with these evaluated {@code count} and {@code for_each} (either may be null) has no instance. */
    public static boolean createsNothing(Value count, Value forEach) {
        if (count instanceof Value.Num n && n.value().signum() == 0) {
            return true;
        }
        if (forEach instanceof Value.Obj o && o.entries().isEmpty()) {
            return true;
        }
        return forEach instanceof Value.Seq s && s.elements().isEmpty();
    }

    /** What the argument refers to, most specific first; empty when it refers to nothing. */
    public List<String> referencesOf(String attribute) {
        return references.getOrDefault(attribute, List.of());
    }
}
