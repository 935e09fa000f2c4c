package io.finguard.terraform.load;

import io.finguard.terraform.Value;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which instance of a repeated block this is: none ({@code module "a"} without {@code count}/{@code for_each}), a
 * {@code count} index, a {@code for_each} key and value, or unknown (the collection is not known before apply).
 */
sealed interface InstanceKey {

    InstanceKey SINGLE = new Single();

    /** The text Terraform appends to the address: {@code [0]}, {@code ["a"]}, or nothing. */
    String addressSuffix();

    /** The names bound in the block's arguments: {@code count.index}, {@code each.key}, {@code each.value}. */
    Map<String, Value> names();

    record Single() implements InstanceKey {
        @Override
        public String addressSuffix() {
            return "";
        }

        @Override
        public Map<String, Value> names() {
            return Map.of();
        }
    }

    record Index(int index) implements InstanceKey {
        @Override
        public String addressSuffix() {
            return "[" + index + "]";
        }

        @Override
        public Map<String, Value> names() {
            return Map.of("count", obj(Map.of("index", Value.Num.of(index))));
        }
    }

    record Each(String key, Value value) implements InstanceKey {
        @Override
        public String addressSuffix() {
            return "[" + quoted(key) + "]";
        }

        @Override
        public Map<String, Value> names() {
            return Map.of("each", obj(Map.of("key", Value.str(key), "value", value)));
        }
    }

    /** The collection is unknown: one instance stands for all, its key unknown. */
    record Unknown(boolean count, boolean forEach) implements InstanceKey {
        @Override
        public String addressSuffix() {
            return "";
        }

        @Override
        public Map<String, Value> names() {
            return unknownNames(count, forEach);
        }
    }

    static Map<String, Value> unknownNames(boolean hasCount, boolean hasForEach) {
        Map<String, Value> names = new LinkedHashMap<>();
        if (hasCount) {
            names.put("count", obj(Map.of("index", new Value.Unknown("count.index"))));
        }
        if (hasForEach) {
            names.put("each", obj(Map.of("key", new Value.Unknown("each.key"),
                    "value", new Value.Unknown("each.value"))));
        }
        return names;
    }

    private static Value.Obj obj(Map<String, Value> entries) {
        return new Value.Obj(entries, Value.ObjKind.OBJECT);
    }

    /** A string key as Terraform prints it in an address: in double quotes, with {@code "} and {@code \} escaped. */
    static String quoted(String key) {
        return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
