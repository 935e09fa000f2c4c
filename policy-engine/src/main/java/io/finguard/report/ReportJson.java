package io.finguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON layout of the machine-readable reports: two-space indents, {@code "key": value}, {@code []} for
 * empty arrays and {@code \n} line ends on every platform, so that output can be diffed and stored as expected
 * files. The writer is left open: it belongs to the caller (often stdout).
 */
final class ReportJson {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private ReportJson() {
    }

    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper;
    }

    static void write(ObjectMapper mapper, Object value, Writer out) throws IOException {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(INDENT)
                .withArrayIndenter(INDENT);
        ObjectWriter writer = mapper.writer(printer);
        writer.writeValue(out, value);
        out.write('\n');
        out.flush();
    }
}
