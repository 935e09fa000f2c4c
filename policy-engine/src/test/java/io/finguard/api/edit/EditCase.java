package io.finguard.api.edit;

import io.finguard.api.TextEdit;
import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs an edit on a text and checks the result byte for byte, that it parses, and that edits are minimal. */
final class EditCase {

    private final ConfigFile file;

    private EditCase(String text) {
        this.file = HclParser.parse(new SourceFile("main.tf", text));
        assertTrue(file.diagnostics().isEmpty(), "the input parses: " + file.diagnostics());
    }

    static EditCase of(String text) {
        return new EditCase(text);
    }

    /** The same case with {@code \r\n} line endings. */
    static EditCase crlf(String text) {
        return new EditCase(text.replace("\n", "\r\n"));
    }

    ConfigFile file() {
        return file;
    }

    /** The first top-level block, or the block at this path of types ({@code resource}, {@code scaling_config}). */
    Block block(String... path) {
        Block b = file.body().blocks().get(0);
        for (String type : path) {
            b = b.body().blocks(type).get(0);
        }
        return b;
    }

    Block topBlock(int index) {
        return file.body().blocks().get(index);
    }

    Attribute attribute(String name, String... blockPath) {
        return block(blockPath).body().attribute(name);
    }

    Expression.ObjectCons object(String attribute, String... blockPath) {
        Expression value = attribute(attribute, blockPath).value();
        if (value instanceof Expression.ObjectCons o) {
            return o;
        }
        if (value instanceof Expression.FunctionCall call) {
            for (Expression arg : call.args()) {
                if (arg instanceof Expression.ObjectCons o) {
                    return o;
                }
            }
        }
        return fail(attribute + " is not an object");
    }

    /** Applies the edits made by {@code edit} and checks the result equals {@code expected}. */
    List<TextEdit> expect(BiConsumer<EditCase, FileEdits> edit, String expected) {
        FileEdits edits = FileEdits.of(file);
        edit.accept(this, edits);
        List<TextEdit> result = edits.edits();
        String fixed = apply(file.source().text(), result);
        String want = file.source().text().contains("\r\n") ? expected.replace("\n", "\r\n") : expected;
        assertEquals(want, fixed);
        ConfigFile reparsed = HclParser.parse(new SourceFile("main.tf", fixed));
        assertEquals(List.of(), reparsed.diagnostics(), "the fixed text parses");
        return result;
    }

    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextEdit e : sorted) {
            assertTrue(e.start() >= at, "edits overlap: " + edits);
            out.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
