package io.finguard.terraform.plan;

import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test access to the plan files under {@code src/test/resources/plans}. */
final class Plans {

    private Plans() {
    }

    static Path dir() {
        return path("minimal.json").getParent();
    }

    static Path path(String name) {
        URL url = Plans.class.getResource("/plans/" + name);
        assertNotNull(url, "test plan " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedPlan read(String name) {
        return new PlanLoader().read(path(name), dir());
    }

    /** Loads a plan that must load cleanly. */
    static TerraformModel load(String name) {
        TerraformModel model = new PlanLoader().load(path(name), dir());
        assertTrue(model.errors().isEmpty(), () -> name + ": " + model.errors());
        return model;
    }

    static Resource resource(TerraformModel model, String address) {
        return model.resources().stream().filter(r -> r.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + address + " in "
                        + model.resources().stream().map(Resource::address).toList()));
    }

    /** Walks a value by object keys and list indexes: {@code at(r, "rule", 0, "id")}. */
    static Value at(Resource resource, Object... path) {
        Value value = resource.values();
        for (Object step : path) {
            if (step instanceof Integer index) {
                value = ((Value.Seq) value).elements().get(index);
            } else {
                value = ((Value.Obj) value).get((String) step);
            }
            assertNotNull(value, () -> resource.address() + " has no " + java.util.Arrays.toString(path));
        }
        return value;
    }

    static void assertStr(String expected, Value actual) {
        assertEquals(new Value.Str(expected), actual);
    }

    static void assertNum(String expected, Value actual) {
        assertEquals(new Value.Num(new java.math.BigDecimal(expected)), actual);
    }

    static void assertUnknown(String source, Value actual) {
        assertEquals(new Value.Unknown(source), actual);
    }
}
