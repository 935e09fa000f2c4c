package io.finguard.engine.custom;

import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into a resource's values: {@code tags.Owner}, {@code ebs_block_device[*].volume_size},
 * {@code root_block_device.volume_type}, {@code ingress[0].from_port}.
 * <p>
 * A name step on a list applies to each element, because a nested block is a list of objects and the common case
 * (one {@code root_block_device}) should read like an object; a missing or empty block then makes its attributes
 * absent, as HCL (no key) and plan JSON ({@code []}) write it differently. {@code [*]} is "every element": of none
 * there are no values, and a check over no values passes. An absent attribute reads as null, as Terraform treats
 * {@code x = null} as not set. Unknown values propagate through every step.
 */
public record AttributePath(String text, List<Step> steps) {

    /** One step of a path. */
    public sealed interface Step {
    }

    /** {@code .name}: an object's attribute (on a list: each element's). */
    public record Name(String name) implements Step {
    }

    /** {@code [*]}: every element of a list (every value of a map). */
    public record Each() implements Step {
    }

    /** {@code [N]}: one element of a list. */
    public record Index(int index) implements Step {
    }

    private static final Pattern STEP = Pattern.compile("(?:(^|\\.)([A-Za-z0-9_:/-]+)|\\[(\\*|[0-9]+)])");

    public AttributePath {
        steps = List.copyOf(steps);
    }

    /** @throws IllegalArgumentException when {@code text} is not a path; the message says why */
    public static AttributePath parse(String text) {
        List<Step> steps = new ArrayList<>();
        // anchoring bounds off: ^ means the start of the whole text, so only the first name may go without a dot
        Matcher m = STEP.matcher(text).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length() && m.region(at, text.length()).lookingAt()) {
            if (at == 0 && ".".equals(m.group(1))) {
                break; // a path starts with a name, not a dot
            }
            if (m.group(2) != null) {
                steps.add(new Name(m.group(2)));
            } else if (m.group(3).equals("*")) {
                steps.add(new Each());
            } else {
                steps.add(new Index(Integer.parseInt(m.group(3))));
            }
            at = m.end();
        }
        if (at < text.length() || steps.isEmpty() || !(steps.get(0) instanceof Name)) {
            throw new IllegalArgumentException("not an attribute path at \"" + text.substring(at)
                    + "\" (expected names joined by dots, [*] or [N], e.g. ebs_block_device[*].volume_size)");
        }
        return new AttributePath(text, steps);
    }

    /** Every value the path reaches in {@code root}: absent ones as null, unknown ones as {@link Value.Unknown}. */
    public List<Value> resolve(Value.Obj root) {
        List<Value> current = List.of(root);
        for (Step step : steps) {
            List<Value> next = new ArrayList<>();
            for (Value v : current) {
                apply(step, v, next);
            }
            current = next;
        }
        return current;
    }

    private static void apply(Step step, Value v, List<Value> out) {
        if (v instanceof Value.Unknown) {
            out.add(v);
            return;
        }
        if (step instanceof Name n) {
            name(n.name(), v, out);
        } else if (step instanceof Index i) {
            boolean inRange = v instanceof Value.Seq s && i.index() < s.elements().size();
            out.add(inRange ? ((Value.Seq) v).elements().get(i.index()) : Value.NULL);
        } else if (v instanceof Value.Seq s) {
            out.addAll(s.elements());
        } else if (v instanceof Value.Obj o) {
            out.addAll(o.entries().values());
        }
    }

    private static void name(String name, Value v, List<Value> out) {
        if (v instanceof Value.Obj o) {
            Value found = o.get(name);
            out.add(found == null ? Value.NULL : found);
        } else if (v instanceof Value.Seq s && !s.elements().isEmpty()) {
            for (Value element : s.elements()) {
                apply(new Name(name), element, out);
            }
        } else {
            out.add(Value.NULL);
        }
    }

    /**
     * The argument path to hand {@code RuleContext.locate}: names through nested blocks (lists of objects) up to and
     * including the first attribute, so {@code tags.Owner} points at {@code tags} and
     * {@code root_block_device.volume_type} at the attribute inside the first block.
     */
    public String[] locatePath(Value.Obj root) {
        List<String> out = new ArrayList<>();
        Value current = root;
        for (Step step : steps) {
            if (!(step instanceof Name n)) {
                continue;
            }
            out.add(n.name());
            Value next = current instanceof Value.Obj o ? o.get(n.name()) : null;
            if (next instanceof Value.Seq s && !s.elements().isEmpty() && s.elements().get(0) instanceof Value.Obj o) {
                current = o;
            } else {
                break;
            }
        }
        return out.toArray(String[]::new);
    }

    @Override
    public String toString() {
        return text;
    }
}
