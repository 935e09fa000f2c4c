package io.finguard.terraform;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    // Str, Num and Bool write out equals and hashCode as their records would make them: the generated ones link
    // through method handles at first call, tens of milliseconds of a short run on JDK 17, and these are the keys of
    // every for_each and set (docs/decisions/080-start-up.md).

    record Str(String value) implements Value {
        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && Objects.equals(value, s.value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    record Num(BigDecimal value) implements Value {
        public static Num of(long n) {
            return new Num(BigDecimal.valueOf(n));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Num n && Objects.equals(value, n.value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    record Bool(boolean value) implements Value {
        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bool b && value == b.value;
        }

        @Override
        public int hashCode() {
            return Boolean.hashCode(value);
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
