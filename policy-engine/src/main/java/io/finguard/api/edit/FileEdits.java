package io.finguard.api.edit;

import io.finguard.api.Fix;
import io.finguard.api.TextEdit;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.BodyItem;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.Range;
import io.finguard.hcl.SourceFile;
import io.finguard.hcl.TokenKind;
import io.finguard.hcl.TokenStream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edits a fix makes to one parsed file, collected and then turned into minimal {@link TextEdit}s. Each call
 * names a node of the file's syntax tree and what to do there; {@link #edits()} places the new text, indents it like
 * its neighbours, uses the file's line endings, aligns {@code =} and trailing comments as {@code terraform fmt} would
 * in the chains the change joins (re-padding the other lines of those chains, inside the same fix), and returns the
 * smallest edits that produce the result. Lines elsewhere, with their comments and layout, are left alone.
 *
 * <pre>{@code
 * ConfigFile file = resource.syntax().config();
 * Block block = resource.syntax().block();
 * Attribute days = block.body().attribute("retention_in_days");
 * FileEdits edits = FileEdits.of(file);
 * if (days == null) {
 *     edits.insertAttribute(block, "retention_in_days", HclValue.of(30));
 * } else {
 *     edits.setValue(days, HclValue.of(30));
 * }
 * context.report(FindingDraft.fixable(resource, location, message, edits.toFix("set retention_in_days to 30")));
 * }</pre>
 *
 * Where new text goes:
 * <ul>
 *   <li>{@link #insertAttribute}: after the last attribute that comes before the body's first nested block (at the top
 *   of the body when there is none), at that attribute's indentation (the block's plus two spaces in an empty body);
 *   a body written on one line ({@code {}} or {@code { a = 1 }}) becomes a multi-line block.</li>
 *   <li>{@link #insertBlock}: after the body's last item, but before trailing {@code lifecycle}, {@code provisioner}
 *   and {@code connection} blocks.</li>
 *   <li>{@link #addEntries}: after the object's last item (keeping every comment inside it, and a trailing comma when
 *   the last item has one); an object written on one line ({@code {}} or <code>{ Project = "x" }</code>) becomes one
 *   entry a line; one with a comment inside keeps its line and gets {@code , key = value} appended. Keys that are
 *   not identifiers are quoted, and so are all new keys when every existing key is.</li>
 *   <li>{@link #appendBlockAfter}: after the block's closing line, with one blank line between (and one after, when
 *   text other than the enclosing body's closing brace follows directly).</li>
 * </ul>
 * Several calls may target the same block or object: their text is written in call order. Two calls whose edits
 * would overlap (setting an attribute of a body that another call rewrites) are a programming error.
 *
 * <p>Not thread-safe; a rule makes one per finding. The nodes must come from {@code file}'s tree.
 */
public final class FileEdits {

    /** Meta-argument blocks that conventionally close a resource; new nested blocks go before them. */
    private static final Set<String> TRAILING_META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");
    private static final String DEFAULT_UNIT = "  ";

    private final ConfigFile file;
    private final String text;
    private final String eol;
    private final List<Replacement> replacements = new ArrayList<>();
    // by node identity: the nodes are records, whose hash would walk their whole subtree; the order of a map does
    // not matter, as its keys are different places of the file and materialize() sorts by place
    private final Map<Block, List<NewItem>> bodyInserts = new IdentityHashMap<>();
    private final Map<Expression.ObjectCons, Map<String, HclValue>> objectInserts = new IdentityHashMap<>();
    private final Map<Block, List<NewBlock>> appends = new IdentityHashMap<>();
    private final Map<Block, List<NewBlock>> afterSiblings = new IdentityHashMap<>();
    private final Map<Expression.FunctionCall, List<HclValue>> arguments = new IdentityHashMap<>();
    private String fileUnit;

    /** Whole lines {@code [start, end)} of the file replaced by {@code text} (whole lines too). */
    private record Replacement(int start, int end, String text) {
    }

    private FileEdits(ConfigFile file) {
        this.file = file;
        this.text = file.source().text();
        this.eol = Indentation.lineEnding(text);
    }

    public static FileEdits of(ConfigFile file) {
        return new FileEdits(file);
    }

    /**
     * The edits of {@code file} in {@code byName} (one per file, by source name), added when there are none yet.
     * By name, not by the tree: a tree is a record whose hash would walk every token of the file.
     */
    public static FileEdits in(Map<String, FileEdits> byName, ConfigFile file) {
        return byName.computeIfAbsent(file.source().name(), n -> new FileEdits(file));
    }

    /** Replaces the attribute's value expression; the name, the comment after it and the lines around stay. */
    public FileEdits setValue(Attribute attribute, HclValue value) {
        return replaceExpression(attribute.value(), value);
    }

    /** Replaces one expression (an attribute's value, an object item's value, a function argument). */
    public FileEdits replaceExpression(Expression expression, HclValue value) {
        Range r = expression.range();
        int start = Indentation.lineStart(text, r.start());
        int end = Indentation.nextLineStart(text, r.end());
        String indent = Indentation.indentAt(text, r.start());
        List<String> lines = Indentation.valueLines(text.substring(start, r.start()), indent, unit(), value);
        String last = lines.remove(lines.size() - 1);
        replacements.add(new Replacement(start, end, Indentation.join(lines, eol) + last + text.substring(r.end(), end)));
        return this;
    }

    /** Inserts {@code name = value} into the block's body (see the class comment for where). */
    public FileEdits insertAttribute(Block block, String name, HclValue value) {
        if (block.body().attribute(name) != null) {
            throw new IllegalArgumentException(block.type() + " already has " + name + ": set its value instead");
        }
        bodyInserts.computeIfAbsent(block, b -> new ArrayList<>()).add(new NewAttribute(name, value));
        return this;
    }

    /** Inserts a nested block into the block's body (see the class comment for where). */
    public FileEdits insertBlock(Block block, NewBlock nested) {
        bodyInserts.computeIfAbsent(block, b -> new ArrayList<>()).add(nested);
        return this;
    }

    /** Adds {@code key = value} to an object constructor such as a {@code tags = { … }} map. */
    public FileEdits addEntry(Expression.ObjectCons object, String key, HclValue value) {
        for (Expression.ObjectItem item : object.items()) {
            if (key.equals(item.literalKey())) {
                throw new IllegalArgumentException("the object already has the key " + key);
            }
        }
        Map<String, HclValue> entries = objectInserts.computeIfAbsent(object, o -> new LinkedHashMap<>());
        if (entries.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("the key " + key + " is added twice");
        }
        return this;
    }

    /** Adds entries, in the map's order, to an object constructor. */
    public FileEdits addEntries(Expression.ObjectCons object, Map<String, HclValue> entries) {
        entries.forEach((k, v) -> addEntry(object, k, v));
        return this;
    }

    /**
     * Writes a new block after {@code anchor}, one blank line between, at the anchor's indentation: after a top-level
     * resource, or after a nested block (a new {@code rule} after the last one) where it stays inside the same body.
     */
    public FileEdits appendBlockAfter(Block anchor, NewBlock block) {
        appends.computeIfAbsent(anchor, a -> new ArrayList<>()).add(block);
        return this;
    }

    /**
     * Writes a nested block on the line after {@code sibling} (a nested block of the same body), at its indentation
     * and with no blank line between, as repeated blocks such as an autoscaling group's {@code tag} blocks are
     * written. Nothing but a comment may follow {@code sibling} on its closing line.
     */
    public FileEdits insertBlockAfter(Block sibling, NewBlock block) {
        int end = sibling.range().end();
        String rest = text.substring(end, Indentation.nextLineStart(text, end)).strip();
        if (!rest.isEmpty() && !rest.startsWith("#") && !rest.startsWith("//")) {
            throw new IllegalArgumentException("the " + sibling.type() + " block on line "
                    + sibling.range().endLine() + " does not end its line");
        }
        afterSiblings.computeIfAbsent(sibling, a -> new ArrayList<>()).add(block);
        return this;
    }

    /**
     * Adds {@code value} as the call's new last argument, as in {@code merge(var.tags, { … })}: after the last
     * argument on its line when the closing parenthesis follows it there, else on a line of its own at the
     * arguments' indentation (with a comma after the previous one, and after itself when the others have one).
     */
    public FileEdits addArgument(Expression.FunctionCall call, HclValue value) {
        if (call.expandFinal()) {
            throw new IllegalArgumentException(call.name()
                    + "(…) expands its last argument: nothing can follow it");
        }
        arguments.computeIfAbsent(call, c -> new ArrayList<>()).add(value);
        return this;
    }

    /** The fix these edits make. */
    public Fix toFix(String description) {
        List<TextEdit> edits = edits();
        if (edits.isEmpty()) {
            throw new IllegalStateException("the edits change nothing in " + file.source().name());
        }
        return new Fix(description, edits);
    }

    /** The minimal text edits, none overlapping; empty when nothing would change. */
    public List<TextEdit> edits() {
        List<Replacement> all = materialize();
        List<TextEdit> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int windowStart = windowStart(all.get(i).start());
            int windowEnd = windowEnd(all.get(i));
            int j = i + 1;
            while (j < all.size() && windowStart(all.get(j).start()) <= windowEnd) {
                windowEnd = Math.max(windowEnd, windowEnd(all.get(j)));
                j++;
            }
            out.addAll(WindowDiff.edits(file.source(), windowStart, windowEnd, all.subList(i, j).stream()
                    .map(r -> new WindowDiff.Change(r.start(), r.end(), r.text())).toList()));
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // where new text goes

    private List<Replacement> materialize() {
        List<Replacement> all = new ArrayList<>(replacements);
        bodyInserts.forEach((block, items) -> all.addAll(intoBody(block, items)));
        objectInserts.forEach((object, entries) -> all.add(intoObject(object, entries)));
        appends.forEach((anchor, blocks) -> all.add(after(anchor, blocks)));
        afterSiblings.forEach((sibling, blocks) -> all.add(afterSibling(sibling, blocks)));
        arguments.forEach((call, values) -> all.add(intoCall(call, values)));
        all.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
        List<Replacement> merged = new ArrayList<>();
        for (Replacement r : all) {
            Replacement previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && previous.start() == r.start() && previous.end() == r.start() && r.end() == r.start()) {
                merged.set(merged.size() - 1, new Replacement(r.start(), r.end(), previous.text() + r.text()));
            } else if (previous != null && r.start() < previous.end()) {
                throw new IllegalStateException("two edits of " + file.source().name() + " change line "
                        + lineOf(r.start()) + ": make them one");
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    private List<Replacement> intoBody(Block block, List<NewItem> items) {
        Range open = block.openBrace();
        if (open.startLine() == block.closeBrace().startLine()) {
            return List.of(expandOneLineBlock(block, items));
        }
        List<BodyItem> body = block.body().items();
        String headerIndent = Indentation.indentAt(text, open.start());
        String indent = body.isEmpty() ? headerIndent + DEFAULT_UNIT : Indentation.indentAt(text,
                body.get(0).range().start());
        String unit = indent.startsWith(headerIndent) && indent.length() > headerIndent.length()
                ? indent.substring(headerIndent.length()) : unit();
        int top = Indentation.nextLineStart(text, open.end());

        List<String> attributes = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        render(items, indent, unit, attributes, blocks);
        List<Replacement> out = new ArrayList<>();
        if (!attributes.isEmpty()) {
            BodyItem anchor = null;
            for (BodyItem item : body) {
                if (item instanceof Block) {
                    break;
                }
                anchor = item;
            }
            int at = anchor == null ? top : Indentation.nextLineStart(text, anchor.range().end());
            out.add(new Replacement(at, at, Indentation.join(attributes, eol)));
        }
        if (!blocks.isEmpty()) {
            int last = body.size();
            while (last > 0 && body.get(last - 1) instanceof Block b && TRAILING_META_BLOCKS.contains(b.type())) {
                last--;
            }
            int at = last == 0 ? top : Indentation.nextLineStart(text, body.get(last - 1).range().end());
            out.add(new Replacement(at, at, Indentation.join(blocks, eol)));
        }
        return out;
    }

    /** {@code x {}} or {@code x { a = 1 }}: rewritten as a block of one item a line. */
    private Replacement expandOneLineBlock(Block block, List<NewItem> items) {
        Range open = block.openBrace();
        Range close = block.closeBrace();
        int start = Indentation.lineStart(text, open.start());
        int end = Indentation.nextLineStart(text, close.end());
        String headerIndent = Indentation.indentAt(text, open.start());
        String indent = headerIndent + DEFAULT_UNIT;
        List<String> lines = new ArrayList<>();
        lines.add(text.substring(start, open.end()));
        String inside = text.substring(open.end(), close.start()).strip();
        if (!inside.isEmpty()) {
            lines.add(indent + inside);
        }
        List<String> blocks = new ArrayList<>();
        render(items, indent, DEFAULT_UNIT, lines, blocks);
        lines.addAll(blocks);
        return new Replacement(start, end, Indentation.join(lines, eol) + headerIndent
                + text.substring(close.start(), end));
    }

    private static void render(List<NewItem> items, String indent, String unit, List<String> attributes,
                               List<String> blocks) {
        for (NewItem item : items) {
            if (item instanceof NewAttribute a) {
                attributes.addAll(Indentation.attributeLines(indent, unit, a.name(), a.value()));
            } else {
                blocks.addAll(((NewBlock) item).lines(indent, unit));
            }
        }
    }

    private Replacement intoObject(Expression.ObjectCons object, Map<String, HclValue> entries) {
        Range r = object.range();
        List<Expression.ObjectItem> items = object.items();
        boolean quoteAll = !items.isEmpty() && items.stream().allMatch(i -> i.key() instanceof Expression.Template);
        Map<String, HclValue> keyed = new LinkedHashMap<>();
        entries.forEach((k, v) -> keyed.put(quoteAll ? HclValue.quote(k) : HclValue.key(k), v));
        int close = r.end() - 1;
        if (r.startLine() == r.endLine()) {
            return hasComment(r) ? appendInline(object, keyed) : expandOneLineObject(object, keyed);
        }
        if (items.isEmpty()) {
            int at = Indentation.lineStart(text, close);
            String indent = Indentation.indentAt(text, close) + unit();
            return new Replacement(at, at, Indentation.join(entryLines(keyed, indent, ""), eol));
        }
        Range last = items.get(items.size() - 1).range();
        int at = Indentation.nextLineStart(text, last.end());
        if (at > close) {
            return appendInline(object, keyed);
        }
        String indent = Indentation.indentAt(text, last.start());
        return new Replacement(at, at, Indentation.join(entryLines(keyed, indent, commaAfter(last.end()) ? "," : ""),
                eol));
    }

    private Replacement expandOneLineObject(Expression.ObjectCons object, Map<String, HclValue> keyed) {
        Range r = object.range();
        int start = Indentation.lineStart(text, r.start());
        int end = Indentation.nextLineStart(text, r.end());
        String base = Indentation.indentAt(text, r.start());
        String indent = base + unit();
        List<String> lines = new ArrayList<>();
        lines.add(text.substring(start, r.start() + 1));
        for (Expression.ObjectItem item : object.items()) {
            lines.add(indent + file.source().slice(item.range()));
        }
        lines.addAll(entryLines(keyed, indent, ""));
        return new Replacement(start, end, Indentation.join(lines, eol) + base + text.substring(r.end() - 1, end));
    }

    /** {@code , key = value} before the closing brace, on the same line: for objects whose layout is unusual. */
    private Replacement appendInline(Expression.ObjectCons object, Map<String, HclValue> keyed) {
        List<Expression.ObjectItem> items = object.items();
        int at = items.isEmpty() ? object.range().start() + 1 : items.get(items.size() - 1).range().end();
        List<String> parts = new ArrayList<>();
        keyed.forEach((k, v) -> parts.add(k + " = " + v.text()));
        String insert = (items.isEmpty() ? " " : ", ") + String.join(", ", parts) + (items.isEmpty() ? " " : "");
        int start = Indentation.lineStart(text, at);
        int end = Indentation.nextLineStart(text, at);
        return new Replacement(start, end, text.substring(start, at) + insert + text.substring(at, end));
    }

    private List<String> entryLines(Map<String, HclValue> keyed, String indent, String suffix) {
        List<String> lines = new ArrayList<>();
        keyed.forEach((k, v) -> {
            List<String> entry = Indentation.valueLines(indent + k + " = ", indent, unit(), v);
            entry.set(entry.size() - 1, entry.get(entry.size() - 1) + suffix);
            lines.addAll(entry);
        });
        return lines;
    }

    private Replacement after(Block anchor, List<NewBlock> blocks) {
        int end = anchor.range().end();
        int at = Indentation.nextLineStart(text, end);
        String indent = Indentation.indentAt(text, anchor.range().start());
        List<String> lines = new ArrayList<>();
        for (NewBlock b : blocks) {
            lines.add("");
            lines.addAll(b.lines(indent, unit()));
        }
        if (at < text.length() && !Indentation.blankToLineEnd(text, at) && !closesBlock(at)) {
            lines.add("");
        }
        if (at == text.length() && !text.endsWith("\n")) {
            // the anchor closes the file without a final newline: keep it that way after the new block
            int start = Indentation.lineStart(text, end);
            return new Replacement(start, at, text.substring(start, at) + eol + String.join(eol, lines));
        }
        return new Replacement(at, at, Indentation.join(lines, eol));
    }

    /**
     * Whether the line at {@code offset} starts (spaces aside) with {@code }}: the anchor was the last item of a
     * body, and a blank line before the body's closing brace is not how fmt'd code looks.
     */
    private boolean closesBlock(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '}';
    }

    private Replacement afterSibling(Block sibling, List<NewBlock> blocks) {
        String indent = Indentation.indentAt(text, sibling.range().start());
        String unit = unit();
        List<BodyItem> inner = sibling.body().items();
        if (!inner.isEmpty() && sibling.openBrace().startLine() != inner.get(0).range().startLine()) {
            String itemIndent = Indentation.indentAt(text, inner.get(0).range().start());
            if (itemIndent.startsWith(indent) && itemIndent.length() > indent.length()) {
                unit = itemIndent.substring(indent.length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (NewBlock b : blocks) {
            lines.addAll(b.lines(indent, unit));
        }
        int at = Indentation.nextLineStart(text, sibling.range().end());
        return new Replacement(at, at, Indentation.join(lines, eol));
    }

    private Replacement intoCall(Expression.FunctionCall call, List<HclValue> values) {
        int close = call.range().end() - 1;
        List<Expression> args = call.args();
        if (args.isEmpty()) {
            int open = text.indexOf('(', call.nameRange().end());
            return inlineArguments(open + 1, close, "", values);
        }
        int lastEnd = args.get(args.size() - 1).range().end();
        boolean comma = commaAfter(lastEnd);
        if (Indentation.nextLineStart(text, lastEnd) > close) {
            int at = comma ? text.indexOf(',', lastEnd) + 1 : lastEnd;
            return inlineArguments(at, at, comma ? " " : ", ", values);
        }
        // one argument a line: the new ones go on lines of their own, commas as the others have them
        int start = Indentation.lineStart(text, lastEnd);
        int end = Indentation.nextLineStart(text, lastEnd);
        String indent = Indentation.indentAt(text, args.get(args.size() - 1).range().start());
        List<String> lines = new ArrayList<>();
        lines.add(comma ? text.substring(start, end - eolLength(end))
                : text.substring(start, lastEnd) + "," + text.substring(lastEnd, end - eolLength(end)));
        for (int i = 0; i < values.size(); i++) {
            List<String> value = Indentation.valueLines(indent, indent, unit(), values.get(i));
            boolean last = i == values.size() - 1;
            if (!last || comma) {
                value.set(value.size() - 1, value.get(value.size() - 1) + ",");
            }
            lines.addAll(value);
        }
        return new Replacement(start, end, Indentation.join(lines, eol));
    }

    /** The values written between {@code from} and {@code to} on the line holding them, after {@code separator}. */
    private Replacement inlineArguments(int from, int to, String separator, List<HclValue> values) {
        int start = Indentation.lineStart(text, from);
        int end = Indentation.nextLineStart(text, to);
        String indent = Indentation.indentAt(text, from);
        StringBuilder written = new StringBuilder();
        for (HclValue v : values) {
            written.append(written.length() == 0 ? separator : ", ").append(v.text());
        }
        List<String> lines = Indentation.valueLines(text.substring(start, from), indent, unit(),
                new HclValue(written.toString()));
        String last = lines.remove(lines.size() - 1);
        return new Replacement(start, end, Indentation.join(lines, eol) + last + text.substring(to, end));
    }

    /** How many chars of line ending end the line that ends at {@code lineEnd} (0 on a last line without one). */
    private int eolLength(int lineEnd) {
        if (lineEnd == 0 || text.charAt(lineEnd - 1) != '\n') {
            return 0;
        }
        return lineEnd >= 2 && text.charAt(lineEnd - 2) == '\r' ? 2 : 1;
    }

    /** Whether a comma follows {@code offset} on its line (spaces aside). */
    private boolean commaAfter(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    private boolean hasComment(Range r) {
        TokenStream tokens = HclParser.lex(new SourceFile(file.source().name(), file.source().slice(r)));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == TokenKind.COMMENT) {
                return true;
            }
        }
        return false;
    }

    /** The file's indentation unit: how far the first multi-line top-level block indents its body. */
    private String unit() {
        if (fileUnit == null) {
            fileUnit = DEFAULT_UNIT;
            for (BodyItem item : file.body().items()) {
                if (item instanceof Block b && !b.body().items().isEmpty()
                        && b.openBrace().startLine() != b.closeBrace().startLine()) {
                    String header = Indentation.indentAt(text, b.range().start());
                    String body = Indentation.indentAt(text, b.body().items().get(0).range().start());
                    if (body.startsWith(header) && body.length() > header.length() && body.isBlank()) {
                        fileUnit = body.substring(header.length());
                    }
                    break;
                }
            }
        }
        return fileUnit;
    }

    // ---------------------------------------------------------------------------------------------------------
    // which lines to re-align: the top-level items the edits touch (chains never cross a top-level block's header
    // or closing line; runs of top-level attributes, as in .tfvars, are taken whole)

    private int windowStart(int offset) {
        List<BodyItem> items = file.body().items();
        int i = lastStartingAtOrBefore(items, offset);
        if (i < 0) {
            return 0;
        }
        while (i > 0 && items.get(i) instanceof Attribute && items.get(i - 1) instanceof Attribute) {
            i--;
        }
        return Indentation.lineStart(text, items.get(i).range().start());
    }

    private int windowEnd(Replacement r) {
        int last = r.end() > r.start() ? r.end() - 1 : r.start();
        List<BodyItem> items = file.body().items();
        int i = lastStartingAtOrBefore(items, last);
        if (i < 0 || items.get(i).range().end() <= last) {
            i++;
        }
        if (i >= items.size()) {
            return text.length();
        }
        while (i + 1 < items.size() && items.get(i) instanceof Attribute && items.get(i + 1) instanceof Attribute) {
            i++;
        }
        return Math.max(r.end(), Indentation.nextLineStart(text, items.get(i).range().end()));
    }

    private static int lastStartingAtOrBefore(List<BodyItem> items, int offset) {
        int lo = 0;
        int hi = items.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).range().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
