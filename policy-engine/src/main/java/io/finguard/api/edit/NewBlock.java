package io.finguard.api.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A block to write: type, labels, and attributes and nested blocks in order. Immutable; each {@code with…} returns a
 * copy, so a rule can keep a template and vary it:
 * <pre>{@code
 * NewBlock group = NewBlock.of("resource", "aws_cloudwatch_log_group", "hook")
 *         .with("name", HclValue.raw("\"/aws/lambda/${aws_lambda_function.hook.function_name}\""))
 *         .with("retention_in_days", HclValue.of(30));
 * }</pre>
 * {@link FileEdits} writes it as {@code terraform fmt} would: two spaces a level (or the file's indentation unit),
 * {@code =} aligned over consecutive attribute lines, no blank lines inside.
 */
public record NewBlock(String type, List<String> labels, List<NewItem> items) implements NewItem {

    public NewBlock {
        if (!HclValue.isIdentifier(type)) {
            throw new IllegalArgumentException("not a block type: " + type);
        }
        labels = List.copyOf(labels);
        items = List.copyOf(items);
    }

    public static NewBlock of(String type, String... labels) {
        return new NewBlock(type, List.of(labels), List.of());
    }

    /** This block with {@code name = value} added after its items. */
    public NewBlock with(String name, HclValue value) {
        return with(new NewAttribute(name, value));
    }

    /** This block with {@code name = <literal>} added after its items (see {@link HclValue#of}). */
    public NewBlock withLiteral(String name, Object literal) {
        return with(new NewAttribute(name, HclValue.of(literal)));
    }

    /** This block with an attribute or nested block added after its items. */
    public NewBlock with(NewItem item) {
        List<NewItem> more = new ArrayList<>(items);
        more.add(item);
        return new NewBlock(type, labels, more);
    }

    /** The block as {@code terraform fmt} writes it at the left margin, lines ending in {@code \n}. */
    public String render() {
        return FmtAlignment.alignAll(String.join("\n", lines("", "  ")) + "\n");
    }

    /** The lines of the block at {@code indent}, nested levels indented by {@code unit}; {@code =} not aligned. */
    List<String> lines(String indent, String unit) {
        List<String> out = new ArrayList<>();
        StringBuilder header = new StringBuilder(indent).append(type);
        for (String label : labels) {
            header.append(' ').append(HclValue.quote(label));
        }
        if (items.isEmpty()) {
            out.add(header.append(" {}").toString());
            return out;
        }
        header.append(" {");
        out.add(header.toString());
        String inner = indent + unit;
        for (NewItem item : items) {
            if (item instanceof NewAttribute a) {
                out.addAll(Indentation.attributeLines(inner, unit, a.name(), a.value()));
            } else {
                out.addAll(((NewBlock) item).lines(inner, unit));
            }
        }
        out.add(indent + "}");
        return out;
    }
}
