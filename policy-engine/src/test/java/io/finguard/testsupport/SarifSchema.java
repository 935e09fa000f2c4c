package io.finguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OASIS SARIF 2.1.0 schema, vendored beside this class ({@code sarif-schema-2.1.0.json}, with its notice), so
 * that a clone of the repository validates SARIF with nothing from outside it. The file declares JSON Schema
 * draft-04, so it is read as draft-04.
 */
public final class SarifSchema {

    static final String RESOURCE = "sarif-schema-2.1.0.json";

    private final JsonSchema schema;

    private SarifSchema(JsonSchema schema) {
        this.schema = schema;
    }

    public static SarifSchema load() throws IOException {
        try (InputStream in = SarifSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return fail(RESOURCE + " is missing beside " + SarifSchema.class.getName() + " on the test class path");
            }
            return new SarifSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in));
        }
    }

    /** Fails the test with every violation when the document is not valid SARIF. */
    public void assertValid(String sarif, String what) throws IOException {
        assertValid(new ObjectMapper().readTree(sarif), what);
    }

    /** Fails the test with every violation when the document is not valid SARIF. */
    public void assertValid(JsonNode document, String what) {
        Set<ValidationMessage> problems = schema.validate(document);
        if (!problems.isEmpty()) {
            fail(what + " is not valid SARIF 2.1.0:\n" + problems.stream().map(ValidationMessage::toString)
                    .sorted().collect(Collectors.joining("\n")));
        }
    }
}
