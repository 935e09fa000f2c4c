package io.finguard.terraform;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Terraform value as finguard evaluates it: from HCL expressions or from plan JSON, so that rules see one shape.
 * Nested blocks appear as a list of objects under the block type's name, as in plan JSON.
 * <p>
 * {@link Unknown} stands for anything that cannot be known before apply (another resource's attribute, a data
 * source, a variable without a value). It remembers the source text it came from and propagates through every
 * operation instead of failing it.
 */
public sealed interface Value {

    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    record Str(String value) implements Value {
    }

    record Num(BigDecimal value) implements Value {
        public static Num of(long n) {
            return new Num(BigDecimal.valueOf(n));
        }
    }

    record Bool(boolean value) implements Value {
        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    record Null() implements Value {
    }

    /** Tuples, lists and sets; a set keeps first-seen order and no duplicates. */
    record Seq(List<Value> elements, SeqKind kind) implements Value {
        public Seq {
            elements = Collections.unmodifiableList(elements);
        }
    }

    /** Objects and maps, in insertion order. */
    record Obj(Map<String, Value> entries, ObjKind kind) implements Value {
        public Obj {
            if (!(entries instanceof FrozenMap) && !(entries instanceof LazyEntries)) {
                entries = new FrozenMap(entries);
            }
        }

        /** An object over a map built for it alone; the caller must not touch the map again. */
        public static Obj owning(LinkedHashMap<String, Value> fresh, ObjKind kind) {
            return new Obj(new FrozenMap(fresh), kind);
        }

        public Value get(String key) {
            return entries.get(key);
        }
    }

    /** A value that cannot be known before apply; {@code source} is the expression text it stands for. */
    record Unknown(String source) implements Value {
    }

    enum SeqKind { TUPLE, LIST, SET }

    enum ObjKind { OBJECT, MAP }

    static Str str(String s) {
        return new Str(s);
    }

    default boolean isKnown() {
        return !(this instanceof Unknown);
    }

    /** True when this value or anything nested in it is unknown. */
    default boolean containsUnknown() {
        if (this instanceof Unknown) {
            return true;
        }
        if (this instanceof Seq s) {
            for (Value v : s.elements()) {
                if (v.containsUnknown()) {
                    return true;
                }
            }
        }
        if (this instanceof Obj o) {
            for (Value v : o.entries().values()) {
                if (v.containsUnknown()) {
                    return true;
                }
            }
        }
        return false;
    }
}
