package io.finguard.terraform.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plan file into a {@link PlanDocument}: detects the encoding, streams the top-level object and keeps only
 * the sections finguard needs. Every way the file can be unusable ends as a {@link PlanReadException} with a plain
 * message and, for malformed JSON, the line Jackson stopped at.
 */
final class PlanDocumentReader {

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

    private final ObjectMapper mapper;

    PlanDocumentReader() {
        // Exact decimals: a plan's numbers (sizes, capacities, ARNs' account ids) must not pass through double.
        this.mapper = new ObjectMapper()
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    PlanDocument read(Path file) throws PlanReadException {
        if (Files.isDirectory(file)) {
            throw new PlanReadException(0, "cannot read plan: it is a directory");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(PlanEncoding.HEAD_LENGTH);
            byte[] head = in.readNBytes(PlanEncoding.HEAD_LENGTH);
            if (head.length == 0) {
                throw new PlanReadException(0, "empty file: not a Terraform plan");
            }
            PlanEncoding encoding = PlanEncoding.detect(head, head.length);
            in.reset();
            in.skipNBytes(encoding.bomLength);
            if (encoding.charset.equals(StandardCharsets.UTF_8)) {
                // Jackson decodes UTF-8 itself, faster than a Reader, and reports bad bytes with their line.
                try (JsonParser parser = mapper.getFactory().createParser(in)) {
                    return readDocument(parser);
                }
            }
            try (JsonParser parser = mapper.getFactory().createParser(encoding.decode(in.readAllBytes()))) {
                return readDocument(parser);
            }
        } catch (NoSuchFileException e) {
            throw new PlanReadException(0, "cannot read plan: file not found");
        } catch (AccessDeniedException e) {
            throw new PlanReadException(0, "cannot read plan: permission denied");
        } catch (IOException e) {
            throw new PlanReadException(0, "cannot read plan: " + e.getMessage());
        }
    }

    private PlanDocument readDocument(JsonParser parser) throws PlanReadException, IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PlanReadException(0, "empty file: not a Terraform plan");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new PlanReadException(lineOf(parser.currentTokenLocation()),
                        "not a Terraform plan: expected a JSON object");
            }
            String formatVersion = null;
            JsonNode variables = MissingNode.getInstance();
            JsonNode planned = MissingNode.getInstance();
            JsonNode stateValues = MissingNode.getInstance();
            JsonNode configuration = MissingNode.getInstance();
            List<JsonNode> changes = new ArrayList<>();
            boolean hasChanges = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format_version" -> {
                        formatVersion = value.isScalarValue() ? parser.getValueAsString() : null;
                        parser.skipChildren();
                    }
                    case "variables" -> variables = mapper.readTree(parser);
                    case "planned_values" -> planned = mapper.readTree(parser);
                    case "values" -> stateValues = mapper.readTree(parser);
                    case "configuration" -> configuration = mapper.readTree(parser);
                    case "resource_changes" -> {
                        hasChanges = value == JsonToken.START_ARRAY;
                        readChanges(parser, changes);
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new PlanReadException(lineOf(parser.currentTokenLocation()),
                        "malformed JSON: unexpected content after the plan object");
            }
            boolean isPlan = planned.isObject() || hasChanges;
            if (!isPlan && !stateValues.isObject()) {
                throw new PlanReadException(0, "not a Terraform plan: no planned_values or resource_changes");
            }
            // `terraform show -json` on a state (no plan) writes the same module tree under "values".
            JsonNode root = (isPlan ? planned : stateValues).path("root_module");
            return new PlanDocument(formatVersion, variables, root, changes, hasChanges, configuration);
        } catch (StreamReadException e) {
            throw new PlanReadException(lineOf(e.getLocation()), "malformed JSON: " + plain(e.getOriginalMessage()));
        }
    }

    /** Jackson appends where an unclosed object started, naming a redacted source; the error's line suffices. */
    private static String plain(String jacksonMessage) {
        return START_MARKER.matcher(jacksonMessage).replaceAll("");
    }

    /** Reads change entries one by one, dropping the {@code before} side, which finguard never checks. */
    private void readChanges(JsonParser parser, List<JsonNode> changes) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            JsonNode change = mapper.readTree(parser);
            if (change != null && change.path("change") instanceof ObjectNode body) {
                body.remove(List.of("before", "before_sensitive"));
            }
            changes.add(change == null ? MissingNode.getInstance() : change);
        }
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
