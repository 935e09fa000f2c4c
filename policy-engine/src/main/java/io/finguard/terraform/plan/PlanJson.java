package io.finguard.terraform.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The JSON side of reading a plan file: opens it in its encoding, hands a parser positioned inside the top-level
 * object to a task, and turns every way the file can be unusable into a {@link PlanReadException} with a plain
 * message and, for malformed JSON, the line.
 */
final class PlanJson {

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

    private final ObjectMapper mapper;

    PlanJson() {
        // A plan is the user's own file and may legitimately hold long strings (inline policies, base64 content);
        // the nesting limit stays, as it keeps recursion over the values bounded.
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
        // Exact decimals: a plan's numbers (sizes, capacities, account ids) must not pass through double.
        this.mapper = new ObjectMapper(factory)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The value at the parser's current token as a tree; JSON null as a null node. */
    JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = mapper.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    @FunctionalInterface
    interface ParserTask<T> {
        T run(JsonParser parser) throws IOException, PlanReadException;
    }

    /** Opens the file in its encoding, checks that it holds a JSON object, and runs the task from inside it. */
    <T> T parse(Path file, ParserTask<T> task) throws PlanReadException {
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
            // Jackson decodes UTF-8 itself, faster than a Reader, and reports bad bytes with their line.
            try (JsonParser parser = encoding.charset.equals(StandardCharsets.UTF_8)
                    ? mapper.getFactory().createParser(in)
                    : mapper.getFactory().createParser(encoding.decode(in.readAllBytes()))) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new PlanReadException(0, "empty file: not a Terraform plan");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw new PlanReadException(lineOf(parser.currentTokenLocation()),
                            "not a Terraform plan: expected a JSON object");
                }
                return task.run(parser);
            }
        } catch (StreamReadException e) {
            throw new PlanReadException(lineOf(e.getLocation()), "malformed JSON: " + plain(e.getOriginalMessage()));
        } catch (StreamConstraintsException e) {
            throw new PlanReadException(0, "cannot read plan: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw new PlanReadException(0, "cannot read plan: file not found");
        } catch (AccessDeniedException e) {
            throw new PlanReadException(0, "cannot read plan: permission denied");
        } catch (IOException e) {
            throw new PlanReadException(0, "cannot read plan: " + e.getMessage());
        }
    }

    /** Jackson appends where an unclosed object started, naming a redacted source; the error's line suffices. */
    private static String plain(String jacksonMessage) {
        return START_MARKER.matcher(jacksonMessage).replaceAll("");
    }

    static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    ObjectNode objectNode() {
        return mapper.getNodeFactory().objectNode();
    }
}
