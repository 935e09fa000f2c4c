package io.finguard.testrules;

import io.finguard.api.FindingDraft;
import io.finguard.api.Fix;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.api.TextEdit;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Expression;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Resource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Test-only rule FG903, the fix pipeline's stand-in for the built-in rules' fixes: on every {@code test_box}
 * resource it wants a {@code size} (at most 10) and a {@code label}, and builds plain text edits for them.
 * <ul>
 *   <li>no {@code size} / no {@code label}: inserts {@code size = 1} / {@code label = "box"} before the closing
 *       brace. Both insert at the same point, so the second is deferred to the next pass;</li>
 *   <li>a literal {@code size} above 10: replaces it with {@code 10};</li>
 *   <li>a {@code size} that is not a literal: not fixable, with a reason;</li>
 *   <li>{@code shape}: a finding without a fix or a reason;</li>
 *   <li>{@code broken = true}: a fix that deletes the closing brace, which must be refused.</li>
 * </ul>
 * Edits end lines as the file does (CRLF when it has any).
 */
public final class BoxFixRule implements Rule {

    public static final String ID = "FG903";
    public static final int MAX = 10;

    @Override
    public RuleMetadata metadata() {
        return new RuleMetadata(ID, "box-fix", Severity.MEDIUM, "Test boxes have a label and a size of at most 10.",
                Set.of("test_box"), List.of(), "/io/finguard/testrules/FG903.md", "https://example.invalid/FG903");
    }

    @Override
    public void check(RuleContext context) {
        for (Resource r : context.resources("test_box")) {
            Block block = r.syntax().block();
            SourceFile file = r.syntax().config().source();
            Attribute size = block.body().attribute("size");
            if (size == null) {
                report(context, r, "size is not set", insertBeforeClose(file, block, "set size to 1", "size = 1"));
            } else if (!(size.value() instanceof Expression.NumberLiteral n)) {
                context.report(FindingDraft.notFixable(r, context.locate(r, "size"), "size is not a number",
                        "size is not a literal number"));
            } else if (n.value().compareTo(BigDecimal.valueOf(MAX)) > 0) {
                Fix cap = Fix.of("set size to " + MAX, new TextEdit(file, size.value().range().start(),
                        size.value().range().end(), String.valueOf(MAX)));
                report(context, r, "size " + n.value() + " is above " + MAX, cap, "size");
            }
            if (block.body().attribute("label") == null) {
                report(context, r, "label is not set",
                        insertBeforeClose(file, block, "set label to \"box\"", "label = \"box\""));
            }
            if (block.body().attribute("shape") != null) {
                context.report(r, "shape is set", "shape");
            }
            if (block.body().attribute("broken") != null) {
                Fix breaks = Fix.of("remove the closing brace",
                        new TextEdit(file, block.closeBrace().start(), block.closeBrace().end(), ""));
                report(context, r, "broken is set", breaks, "broken");
            }
        }
    }

    private static void report(RuleContext context, Resource r, String message, Fix fix, String... path) {
        context.report(FindingDraft.fixable(r, context.locate(r, path), message, fix));
    }

    /** An attribute line inserted at the start of the closing brace's line, indented by two spaces. */
    private static Fix insertBeforeClose(SourceFile file, Block block, String description, String attribute) {
        String text = file.text();
        int lineStart = text.lastIndexOf('\n', block.closeBrace().start() - 1) + 1;
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        return Fix.of(description, TextEdit.insert(file, lineStart, "  " + attribute + newline));
    }
}
