package io.finguard.engine.custom;

import io.finguard.terraform.Value;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Paths and three-valued conditions on hand-built values, for the corners the case directories do not reach. */
class ConditionTest {

    private static Value.Obj obj(Object... keysAndValues) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new Value.Obj(entries, Value.ObjKind.OBJECT);
    }

    private static Value.Seq list(Value... elements) {
        return new Value.Seq(List.of(elements), Value.SeqKind.LIST);
    }

    private static Check check(String path, Expectation expectation) {
        return new Check(AttributePath.parse(path), expectation);
    }

    private static final Value UNKNOWN = new Value.Unknown("var.x");

    @Test
    void pathsParseNamesIndexesAndWildcards() {
        assertEquals(List.of(new AttributePath.Name("a"), new AttributePath.Each(), new AttributePath.Name("b"),
                new AttributePath.Index(2), new AttributePath.Name("kubernetes_io")),
                AttributePath.parse("a[*].b[2].kubernetes_io").steps());
        for (String bad : List.of("", ".a", "a.", "a[x]", "a[*", "[0]", "a b")) {
            assertThrows(IllegalArgumentException.class, () -> AttributePath.parse(bad), bad);
        }
    }

    @Test
    void unknownPropagatesThroughStepsAndAKnownFailureStillDecides() {
        Value.Obj values = obj("ebs", list(obj("size", Value.Num.of(10)), UNKNOWN));
        Check atLeast20 = check("ebs.size", new Expectation.AtLeast(BigDecimal.valueOf(20)));
        assertEquals(Outcome.Status.FAIL, atLeast20.evaluate(values).status(), "10 fails whatever the unknown is");
        Check atLeast5 = check("ebs[*].size", new Expectation.AtLeast(BigDecimal.valueOf(5)));
        Outcome undecided = atLeast5.evaluate(values);
        assertEquals(Outcome.Status.UNKNOWN, undecided.status());
        assertEquals("ebs[*].size = var.x", undecided.unknown());
    }

    @Test
    void kleeneLogic() {
        Value.Obj values = obj("a", Value.str("x"), "u", UNKNOWN);
        Condition pass = check("a", new Expectation.Equals("x"));
        Condition fail = check("a", new Expectation.Equals("y"));
        Condition unknown = check("u", new Expectation.Exists(true));
        assertEquals(Outcome.Status.FAIL, new Condition.All(List.of(unknown, fail)).evaluate(values).status());
        assertEquals(Outcome.Status.UNKNOWN, new Condition.All(List.of(unknown, pass)).evaluate(values).status());
        assertEquals(Outcome.Status.PASS, new Condition.Any(List.of(unknown, pass)).evaluate(values).status());
        assertEquals(Outcome.Status.UNKNOWN, new Condition.Any(List.of(fail, unknown)).evaluate(values).status());
        assertEquals(Outcome.Status.UNKNOWN, new Condition.Not(unknown).evaluate(values).status());
        Outcome notPass = new Condition.Not(pass).evaluate(values);
        assertEquals(Outcome.Status.FAIL, notPass.status());
        assertEquals(pass, notPass.blame(), "the check that held is where a failed not points");
    }

    @Test
    void scalarsCompareAsTerraformConverts() {
        Value.Obj values = obj("port", Value.str("443"), "on", Value.TRUE, "size", Value.Num.of(500),
                "tags", obj("Team", Value.str("ml")));
        assertEquals(Outcome.Status.PASS, check("port", new Expectation.Equals("443.0")).evaluate(values).status());
        assertEquals(Outcome.Status.PASS, check("port", new Expectation.AtMost(BigDecimal.valueOf(443)))
                .evaluate(values).status());
        assertEquals(Outcome.Status.PASS, check("on", new Expectation.OneOf(List.of("true"))).evaluate(values)
                .status());
        assertEquals(Outcome.Status.PASS, check("size", new Expectation.Matches(Pattern.compile("^5")))
                .evaluate(values).status());
        assertEquals(Outcome.Status.FAIL, check("tags", new Expectation.Equals("ml")).evaluate(values).status(),
                "a map is never a scalar");
        assertEquals(Outcome.Status.PASS, check("tags[*]", new Expectation.Equals("ml")).evaluate(values).status(),
                "[*] over a map takes its values");
        assertEquals(Outcome.Status.FAIL, check("missing", new Expectation.AtMost(BigDecimal.ONE))
                .evaluate(values).status(), "absent is not a number");
    }

    @Test
    void locatePathStopsAtTheFirstAttribute() {
        Value.Obj values = obj("tags", obj("Owner", Value.str("a")), "root_block_device",
                list(obj("volume_type", Value.str("gp2"))));
        assertArrayEquals(new String[]{"tags"}, AttributePath.parse("tags.Owner").locatePath(values));
        assertArrayEquals(new String[]{"root_block_device[0]", "volume_type"},
                AttributePath.parse("root_block_device[0].volume_type").locatePath(values));
        assertArrayEquals(new String[]{"ebs_block_device"},
                AttributePath.parse("ebs_block_device[*].volume_size").locatePath(values), "no block: its name");
    }

    @Test
    void eachValueReachedSaysWhichBlockHoldsIt() {
        Value.Obj values = obj("ingress", list(obj("from_port", Value.str("443")), obj("from_port", Value.str("22"),
                        "cidr_blocks", list(Value.str("10.0.0.0/8"), Value.str("0.0.0.0/0")))),
                "tags", obj("Team", Value.str("t")));
        assertEquals(List.of(List.of("ingress[0]", "from_port"), List.of("ingress[1]", "from_port")),
                AttributePath.parse("ingress.from_port").reach(values).stream().map(AttributePath.Reached::where)
                        .toList());
        assertEquals(List.of(List.of("ingress[1]", "cidr_blocks")), AttributePath.parse("ingress[1].cidr_blocks[1]")
                .reach(values).stream().map(AttributePath.Reached::where).toList(), "a list attribute adds no index");
        assertEquals(List.of(List.of("tags")), AttributePath.parse("tags[*]").reach(values).stream()
                .map(AttributePath.Reached::where).toList(), "a map's values are in the map");
        Outcome failed = check("ingress[*].from_port", new Expectation.Equals("443")).evaluate(values);
        assertArrayEquals(new String[]{"ingress[1]", "from_port"}, failed.locatePath(values));
    }
}
