package io.finguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OASIS SARIF 2.1.0 schema from {@code shared/data/}, which sits beside the repository checkout: found by
 * walking up from the module directory, so the test works from the main checkout, a worktree and CI's clone.
 * The file declares JSON Schema draft-04, so it is read as draft-04.
 */
final class SarifSchema {

    static final String RELATIVE = "shared/data/sarif-schema-2.1.0.json";

    private final JsonSchema schema;

    private SarifSchema(JsonSchema schema) {
        this.schema = schema;
    }

    static SarifSchema load() throws IOException {
        Path file = locate();
        try (InputStream in = Files.newInputStream(file)) {
            return new SarifSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in));
        }
    }

    /** Fails the test with every violation when the document is not valid SARIF. */
    void assertValid(String sarif, String what) throws IOException {
        JsonNode document = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> problems = schema.validate(document);
        if (!problems.isEmpty()) {
            fail(what + " is not valid SARIF 2.1.0:\n" + problems.stream().map(ValidationMessage::toString)
                    .sorted().collect(Collectors.joining("\n")));
        }
    }

    private static Path locate() {
        Path start = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("SARIF schema not found: looked for " + RELATIVE + " in " + start + " and every parent "
                + "(from the module directory it is ../../" + RELATIVE + " in the main checkout). The SARIF "
                + "validation test needs the shared/ directory beside the repository.");
    }
}
