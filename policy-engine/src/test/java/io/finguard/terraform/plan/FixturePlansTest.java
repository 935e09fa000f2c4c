package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared plan fixtures ({@code fixtures/plans}: the demo and compliant platforms as {@code terraform show -json}
 * prints them). Expectations are read from the files where possible, so that regenerating them does not break this.
 */
class FixturePlansTest {

    /** Surefire runs in the module directory. */
    private static final Path FIXTURES = Path.of("..", "fixtures");

    private static LoadedPlan read(String name) {
        return new PlanLoader().read(FIXTURES.resolve("plans").resolve(name), FIXTURES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo.json", "demo-bom.json", "demo-utf16.json", "compliant.json", "with-deletes.json"})
    void loadsWithoutErrors(String name) {
        TerraformModel model = read(name).model();
        assertEquals(List.of(), model.errors());
        assertFalse(model.resources().isEmpty());
        assertEquals("", model.modules().get(0).address());
    }

    @Test
    void encodedCopiesLoadTheSameModel() {
        TerraformModel demo = read("demo.json").model();
        for (String copy : List.of("demo-bom.json", "demo-utf16.json")) {
            TerraformModel model = read(copy).model();
            assertEquals(demo.resources(), model.resources(), copy);
            assertEquals(demo.modules(), model.modules(), copy);
        }
    }

    @Test
    void onlyDestroyedResourcesAreLeftOut() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(FIXTURES.resolve("plans/with-deletes.json").toFile());
        Set<String> loaded = Set.copyOf(read("with-deletes.json").model().resources().stream()
                .map(Resource::address).toList());
        int destroyed = 0;
        for (JsonNode change : plan.path("resource_changes")) {
            boolean deleteOnly = change.path("change").path("actions").toString().equals("[\"delete\"]");
            destroyed += deleteOnly ? 1 : 0;
            assertEquals(!deleteOnly, loaded.contains(change.path("address").asText()), change.path("address").asText());
        }
        assertTrue(destroyed > 0, "the fixture destroys something");
    }

    @Test
    void lifecycleConfigurationsLinkToTheirBucketsThroughReferences() {
        PlanReferences references = read("demo.json").references();
        assertTrue(references.refersTo("module.storage.aws_s3_bucket_lifecycle_configuration.artifacts", "bucket",
                "module.storage.aws_s3_bucket.artifacts"));
        assertFalse(references.refersTo("module.storage.aws_s3_bucket_lifecycle_configuration.artifacts", "bucket",
                "module.storage.aws_s3_bucket.data"));
    }

    @Test
    void theReplicaModuleUsesTheAliasedProviderItIsPassed() {
        TerraformModel model = read("demo.json").model();
        ProviderConfig provider = resource(model, "module.replica.aws_s3_bucket.this").provider();
        assertEquals("aws.us_west", provider.key());
        assertInstanceOf(Value.Obj.class, provider.defaultTags());
    }

    @Test
    void modulesWithoutProviderBlocksShowTheConfigurationTheirResourcesUse() {
        TerraformModel model = read("demo.json").model();
        ProviderConfig root = model.modules().get(0).providers().get("aws");
        Module storage = model.modules().stream().filter(m -> m.address().equals("module.storage")).findFirst()
                .orElseThrow();
        assertEquals(root, storage.providers().get("aws"));
        assertEquals(root, resource(model, "module.storage.aws_s3_bucket.data").provider());
    }
}
