package io.finguard.rules;

import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the few shapes rules care about out of {@link Value}s, the same way for HCL and plan values: strings,
 * whole numbers, booleans (Terraform converts {@code "true"} and {@code "30"} where a bool or number is wanted),
 * and nested blocks, which are lists of objects.
 */
public final class ResourceValues {

    /**
     * What a plan says of a computed argument the configuration does not set. A nested block that is unknown with
     * this source was not written (a written block is a list whose fields may be unknown), so it counts as absent.
     */
    public static final String KNOWN_AFTER_APPLY = "(known after apply)";

    private ResourceValues() {
    }

    /** True when the value is unknown (null counts as known: it is absent). */
    public static boolean unknown(Value value) {
        return value != null && !value.isKnown();
    }

    /** The string, or null when absent, null or not a string. */
    public static String string(Value value) {
        return value instanceof Value.Str s ? s.value() : null;
    }

    /** The whole number, or null when absent, null, fractional or not a number. */
    public static Integer integer(Value value) {
        BigDecimal n = Scalars.number(value);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** The boolean, or null when absent, null or not a boolean. */
    public static Boolean bool(Value value) {
        if (value instanceof Value.Bool b) {
            return b.value();
        }
        if (value instanceof Value.Str s) {
            String t = s.value().toLowerCase(Locale.ROOT);
            return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
        }
        return null;
    }

    /**
     * The nested blocks of a type: empty when absent (or a computed block the configuration does not write), null
     * when they cannot be known (a {@code dynamic} block over an unknown collection).
     */
    public static List<Value.Obj> blocks(Value.Obj parent, String type) {
        if (parent == null) {
            return List.of();
        }
        Value value = parent.get(type);
        if (value == null || value instanceof Value.Null) {
            return List.of();
        }
        if (value instanceof Value.Unknown u) {
            return KNOWN_AFTER_APPLY.equals(u.source()) ? List.of() : null;
        }
        if (value instanceof Value.Obj o) {
            return List.of(o);
        }
        if (value instanceof Value.Seq seq) {
            List<Value.Obj> out = new ArrayList<>();
            for (Value v : seq.elements()) {
                if (v instanceof Value.Obj o) {
                    out.add(o);
                } else if (!(v instanceof Value.Null)) {
                    return null;
                }
            }
            return out;
        }
        return null;
    }

    /** The resource's top-level nested blocks of a type, as {@link #blocks(Value.Obj, String)}. */
    public static List<Value.Obj> blocks(Resource resource, String type) {
        return blocks(resource.values(), type);
    }

    /** The address inside its module: {@code aws_s3_bucket.b["x"]} for {@code module.m.aws_s3_bucket.b["x"]}. */
    public static String localAddress(Resource resource) {
        String module = resource.moduleAddress();
        return module.isEmpty() ? resource.address() : resource.address().substring(module.length() + 1);
    }

    /** The local address without instance key: {@code aws_s3_bucket.b}. */
    public static String localConfigAddress(Resource resource) {
        return resource.type() + "." + resource.name();
    }

    /** The instance key as written in the address ({@code ["x"]} or {@code [0]}), or "" when not expanded. */
    public static String instanceKey(Resource resource) {
        return localAddress(resource).substring(localConfigAddress(resource).length());
    }
}
