package io.finguard.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link Baseline} ({@code .finguard-baseline.json}):
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "tool": {"name": "finguard", "version": "…"},
 *   "created": "2026-03-01T12:00:00Z",
 *   "entries": [
 *     {"fingerprint": "…", "ruleId": "FG101", "resource": "aws_s3_bucket.logs", "file": "main.tf"}
 *   ]
 * }
 * </pre>
 * One entry per line, in a fixed order, so that the file is reviewed in a pull request like code: a regenerated
 * baseline shows the entries that came and went, and a merge conflict is a conflict of whole entries.
 */
public final class BaselineFile {

    public static final int SCHEMA_VERSION = 1;

    private BaselineFile() {
    }

    /** The file's content, ending in a newline. */
    public static String format(Baseline baseline) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
        out.append("  \"tool\": {\"name\": \"finguard\", \"version\": ").append(quote(baseline.toolVersion()))
                .append("},\n");
        out.append("  \"created\": ").append(quote(baseline.created())).append(",\n");
        out.append("  \"entries\": [");
        List<Baseline.Entry> entries = baseline.entries();
        for (int i = 0; i < entries.size(); i++) {
            Baseline.Entry e = entries.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"fingerprint\": ").append(quote(e.fingerprint()))
                    .append(", \"ruleId\": ").append(quote(e.ruleId()))
                    .append(", \"resource\": ").append(quote(e.resource()))
                    .append(", \"file\": ").append(quote(e.file())).append('}');
        }
        out.append(entries.isEmpty() ? "]\n" : "\n  ]\n");
        out.append("}\n");
        return out.toString();
    }

    /**
     * Reads a baseline.
     *
     * @throws ScanSetupException naming the file and what is wrong (with the line for a JSON syntax error): a run
     *                            given a baseline it cannot read must not report everything as new
     */
    public static Baseline read(Path file) throws ScanSetupException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw problem(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw problem(file, 0, "no such file (write one with 'finguard baseline create')");
        } catch (IOException e) {
            throw problem(file, 0, "cannot read it: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem(file, 0, "expected a JSON object as 'finguard baseline create' writes it");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
            throw problem(file, 0, "schemaVersion " + (version == null ? "is missing" : version + " is not "
                    + SCHEMA_VERSION) + "; this finguard reads baselines of schemaVersion " + SCHEMA_VERSION);
        }
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw problem(file, 0, "\"entries\": expected an array");
        }
        List<Baseline.Entry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String fingerprint = e.path("fingerprint").isTextual() ? e.get("fingerprint").asText() : "";
            if (fingerprint.isBlank()) {
                throw problem(file, 0, "entries[" + i + "]: expected an object with a \"fingerprint\" string");
            }
            out.add(new Baseline.Entry(fingerprint, text(e, "ruleId"), text(e, "resource"), text(e, "file")));
        }
        return new Baseline(text(root.path("tool"), "version"), text(root, "created"), out);
    }

    private static ScanSetupException problem(Path file, int line, String message) {
        return new ScanSetupException("--baseline " + file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A JSON string literal ({@link JsonNode#toString()} writes valid, escaped JSON). */
    private static String quote(String value) {
        return value == null ? "null" : TextNode.valueOf(value).toString();
    }
}
