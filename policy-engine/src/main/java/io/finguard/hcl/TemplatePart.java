package io.finguard.hcl;

import java.util.List;

/**
 * A piece of a template. Strip markers ({@code ~}) are recorded on the interpolation or directive that carries
 * them (for {@code %{if}} and {@code %{for}}: the markers of the opening directive), and the parser has already
 * applied them: the adjacent {@link Literal}'s value is trimmed while its range still covers the source text.
 * Likewise the common indentation of a {@code <<-} heredoc is already removed from the literal values.
 */
public sealed interface TemplatePart extends Node {

    /** Literal text with escapes ({@code \n}, {@code $${}, {@code %%{}, ...) already resolved. */
    record Literal(String value, Range range) implements TemplatePart {
    }

    /** <code>${ expr }</code>. */
    record Interpolation(Expression expression, boolean stripLeft, boolean stripRight, Range range)
            implements TemplatePart {
    }

    /** <code>%{ if cond }...%{ else }...%{ endif }</code>; {@code elseParts} is empty without an else. */
    record If(Expression condition, List<TemplatePart> thenParts, List<TemplatePart> elseParts,
              boolean stripLeft, boolean stripRight, Range range) implements TemplatePart {
    }

    /** <code>%{ for k, v in coll }...%{ endfor }</code>; {@code keyVar} is null with one variable. */
    record For(String keyVar, String valueVar, Expression collection, List<TemplatePart> body,
               boolean stripLeft, boolean stripRight, Range range) implements TemplatePart {
    }
}
