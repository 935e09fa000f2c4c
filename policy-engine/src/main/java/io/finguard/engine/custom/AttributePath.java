package io.finguard.engine.custom;

import io.finguard.api.LocateSteps;
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

    /**
     * A value the path reaches, with the {@code RuleContext.locate} path of the place that holds it: names through
     * nested blocks, each with the index of the block the value is in ({@code ingress[1]}), up to and including the
     * first attribute ({@code tags} for {@code tags.Owner}).
     */
    public record Reached(Value value, List<String> where) {

        public Reached {
            where = List.copyOf(where);
        }
    }

    /** Every value the path reaches in {@code root}: absent ones as null, unknown ones as {@link Value.Unknown}. */
    public List<Value> resolve(Value.Obj root) {
        return reach(root).stream().map(Reached::value).toList();
    }

    /** {@link #resolve}, with where each value is. */
    public List<Reached> reach(Value.Obj root) {
        List<Walk> current = List.of(new Walk(root, List.of(), false));
        for (Step step : steps) {
            List<Walk> next = new ArrayList<>();
            for (Walk w : current) {
                apply(step, w, next);
            }
            current = next;
        }
        return current.stream().map(w -> new Reached(w.value(), w.where())).toList();
    }

    /**
     * A value on the way, where it is, and whether that is already inside an attribute (past which the locate path
     * grows no more: a map's keys and a list's elements are not blocks).
     */
    private record Walk(Value value, List<String> where, boolean inAttribute) {

        /** The element {@code index} of this list: a block list marks its last step with the index. */
        Walk element(Value element, int index) {
            if (inAttribute || where.isEmpty()) {
                return new Walk(element, where, inAttribute);
            }
            List<String> at = new ArrayList<>(where);
            at.set(at.size() - 1, LocateSteps.nth(at.get(at.size() - 1), index));
            return new Walk(element, at, false);
        }

        /** The value of an object's attribute {@code name}. */
        Walk attribute(String name, Value found) {
            if (inAttribute) {
                return new Walk(found, where, true);
            }
            List<String> at = new ArrayList<>(where);
            at.add(name);
            return new Walk(found, at, !isBlockList(found));
        }

        private static boolean isBlockList(Value v) {
            return v instanceof Value.Seq s && !s.elements().isEmpty() && s.elements().get(0) instanceof Value.Obj;
        }
    }

    private static void apply(Step step, Walk w, List<Walk> out) {
        Value v = w.value();
        if (v instanceof Value.Unknown) {
            out.add(w);
            return;
        }
        if (step instanceof Name n) {
            name(n.name(), w, out);
        } else if (step instanceof Index i) {
            boolean inRange = v instanceof Value.Seq s && i.index() < s.elements().size();
            out.add(inRange ? w.element(((Value.Seq) v).elements().get(i.index()), i.index())
                    : new Walk(Value.NULL, w.where(), true));
        } else if (v instanceof Value.Seq s) {
            for (int i = 0; i < s.elements().size(); i++) {
                out.add(w.element(s.elements().get(i), i));
            }
        } else if (v instanceof Value.Obj o) {
            o.entries().values().forEach(value -> out.add(new Walk(value, w.where(), true)));
        }
    }

    private static void name(String name, Walk w, List<Walk> out) {
        Value v = w.value();
        if (v instanceof Value.Obj o) {
            Value found = o.get(name);
            out.add(w.attribute(name, found == null ? Value.NULL : found));
        } else if (v instanceof Value.Seq s && !s.elements().isEmpty()) {
            for (int i = 0; i < s.elements().size(); i++) {
                apply(new Name(name), w.element(s.elements().get(i), i), out);
            }
        } else {
            out.add(w.attribute(name, Value.NULL));
        }
    }

    /**
     * The locate path when no single value decided (a {@code not} over a check that held for every value): that of
     * the first value the path reaches, else names through the first block of each nested block type up to and
     * including the first attribute, so {@code tags.Owner} points at {@code tags} and
     * {@code root_block_device.volume_type} at the attribute inside the first block.
     */
    public String[] locatePath(Value.Obj root) {
        List<Reached> reached = reach(root);
        if (!reached.isEmpty()) {
            return reached.get(0).where().toArray(String[]::new);
        }
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
