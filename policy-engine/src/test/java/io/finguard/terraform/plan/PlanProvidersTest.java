package io.finguard.terraform.plan;

import io.finguard.terraform.Location;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.finguard.terraform.plan.Plans.assertNum;
import static io.finguard.terraform.plan.Plans.assertStr;
import static io.finguard.terraform.plan.Plans.at;
import static io.finguard.terraform.plan.Plans.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** providers.json: default_tags by alias, in modules, passed through {@code providers}, and tags_all. */
class PlanProvidersTest {

    private final TerraformModel model = Plans.load("providers.json");

    private ProviderConfig providerOf(String address) {
        return resource(model, address).provider();
    }

    private static Value.Obj tags(String... keyValues) {
        Map<String, Value> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            entries.put(keyValues[i], Value.str(keyValues[i + 1]));
        }
        return new Value.Obj(entries, Value.ObjKind.OBJECT);
    }

    @Test
    void defaultProviderHasConstantDefaultTags() {
        ProviderConfig aws = providerOf("aws_s3_bucket.logs");
        assertEquals("aws", aws.name());
        assertNull(aws.alias());
        assertEquals("", aws.moduleAddress());
        assertEquals(Location.NONE, aws.location());
        assertEquals(tags("Environment", "prod", "Project", "acme", "Team", "platform"), aws.defaultTags());
    }

    @Test
    void aliasedProviderWithReferencedDefaultTagsIsUnknown() {
        ProviderConfig usWest = providerOf("aws_s3_bucket.replica");
        assertEquals("aws.us_west", usWest.key());
        assertEquals(new Value.Unknown("local.common_tags"), usWest.defaultTags());
    }

    @Test
    void providerWithoutDefaultTagsHasNone() {
        ProviderConfig noTags = providerOf("aws_sqs_queue.plain");
        assertEquals("aws.no_tags", noTags.key());
        assertNull(noTags.defaultTags());
    }

    @Test
    void aliasedProviderDeclaredInAModule() {
        ProviderConfig gpu = providerOf("module.eks.aws_eks_node_group.gpu");
        assertEquals("aws.gpu", gpu.key());
        assertEquals("module.eks", gpu.moduleAddress());
        assertEquals("module.eks.provider[\"aws\"].gpu", gpu.address());
        assertEquals(tags("CostCenter", "cc-420", "Environment", "prod", "Project", "acme", "Team", "ml-gpu"),
                gpu.defaultTags());

        ProviderConfig eks = providerOf("module.eks.aws_eks_cluster.this");
        assertEquals("aws", eks.key());
        assertEquals("module.eks", eks.moduleAddress());
        assertStr("ml", ((Value.Obj) eks.defaultTags()).get("Team"));
    }

    @Test
    void providersPassedIntoModulesResolveToTheCallersConfiguration() {
        ProviderConfig usWest = providerOf("aws_s3_bucket.replica");
        // Terraform 1.1+ writes the caller's key on the module resource.
        assertEquals(usWest, providerOf("module.network.aws_vpc.this"));
        // Older versions write the in-module key; the call's providers mapping resolves it.
        assertEquals(usWest, providerOf("module.network.aws_subnet.a"));
        // A nested module with nothing passed inherits what its caller has under that name.
        assertEquals(usWest, providerOf("module.network.module.flow_logs.aws_flow_log.this"));
    }

    @Test
    void providerWithoutAConfigurationBlockIsImplicit() {
        assertEquals(new ProviderConfig("random", null, "", null, Location.NONE), providerOf("random_id.suffix"));
    }

    @Test
    void tagsAllIsLoadedAsPlanned() {
        assertEquals(tags("Environment", "prod", "Name", "logs", "Project", "acme", "Team", "storage"),
                resource(model, "aws_s3_bucket.logs").get("tags_all"));
        assertEquals(Value.NULL, resource(model, "aws_s3_bucket.replica").get("tags"));
        assertStr("cc-420", at(resource(model, "module.eks.aws_eks_node_group.gpu"), "tags_all", "CostCenter"));
        assertNum("16", at(resource(model, "module.eks.aws_eks_node_group.gpu"), "scaling_config", 0, "max_size"));
    }

    @Test
    void modulesListTheProvidersVisibleInThem() {
        Map<String, Module> modules = new java.util.LinkedHashMap<>();
        model.modules().forEach(m -> modules.put(m.address(), m));
        assertEquals(List.of("", "module.eks", "module.network", "module.network.module.flow_logs"),
                List.copyOf(modules.keySet()));
        assertEquals(Set.of("aws", "aws.us_west", "aws.no_tags", "random"), modules.get("").providers().keySet());
        assertEquals(Set.of("aws", "aws.gpu"), modules.get("module.eks").providers().keySet());
        assertEquals(Set.of("aws.us_west"), modules.get("module.network").providers().keySet());
        assertEquals("git::https://example.com/acme/network.git?ref=v2.1.0", modules.get("module.network").source());
        assertEquals("./flow-logs", modules.get("module.network.module.flow_logs").source());
    }
}
