package io.finguard.rego.builtins;

import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.rego.value.ArrayValue;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code json.*}, {@code yaml.*}, {@code base64.*}, {@code base64url.*}, {@code hex.*}, {@code urlquery.*}. */
final class Encoding {
    private Encoding() {
    }

    static void register(Registry r) {
        r.add("json.marshal", 1, a -> StringValue.of(Json.write(a[0])));
        r.add("json.unmarshal", 1, a -> {
            try {
                return Json.parse(Args.string(a, 0));
            } catch (IllegalArgumentException e) {
                throw BuiltinError.of(e.getMessage());
            }
        });
        r.add("json.is_valid", 1, a -> {
            if (!(a[0] instanceof StringValue s)) {
                return BoolValue.FALSE;
            }
            try {
                Json.parse(s.value());
                return BoolValue.TRUE;
            } catch (IllegalArgumentException e) {
                return BoolValue.FALSE;
            }
        });
        r.add("yaml.marshal", 1, a -> {
            DumperOptions opts = new DumperOptions();
            opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            return StringValue.of(new Yaml(opts).dump(toJava(a[0])));
        });
        r.add("yaml.unmarshal", 1, a -> {
            try {
                return Json.fromJava(new Yaml(new SafeConstructor(new LoaderOptions())).load(Args.string(a, 0)));
            } catch (RuntimeException e) {
                if (e instanceof BuiltinError be) {
                    throw be;
                }
                throw BuiltinError.of(e.getMessage());
            }
        });
        r.add("yaml.is_valid", 1, a -> {
            if (!(a[0] instanceof StringValue s)) {
                return BoolValue.FALSE;
            }
            try {
                new Yaml(new SafeConstructor(new LoaderOptions())).load(s.value());
                return BoolValue.TRUE;
            } catch (RuntimeException e) {
                return BoolValue.FALSE;
            }
        });
        r.add("base64.encode", 1, a -> StringValue.of(Base64.getEncoder().encodeToString(bytes(a, 0))));
        r.add("base64.decode", 1, a -> StringValue.of(decode(Base64.getDecoder(), Args.string(a, 0))));
        r.add("base64.is_valid", 1, a -> {
            try {
                Base64.getDecoder().decode(Args.string(a, 0));
                return BoolValue.TRUE;
            } catch (IllegalArgumentException e) {
                return BoolValue.FALSE;
            }
        });
        r.add("base64url.encode", 1, a -> StringValue.of(Base64.getUrlEncoder().encodeToString(bytes(a, 0))));
        r.add("base64url.encode_no_pad", 1, a ->
                StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(a, 0))));
        r.add("base64url.decode", 1, a -> StringValue.of(decode(Base64.getUrlDecoder(), Args.string(a, 0))));
        r.add("hex.encode", 1, a -> StringValue.of(HexFormat.of().formatHex(bytes(a, 0))));
        r.add("hex.decode", 1, a -> {
            String s = Args.string(a, 0);
            for (int i = 0; i < s.length(); i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    throw BuiltinError.of(String.format("encoding/hex: invalid byte: U+%04X '%c'", (int) s.charAt(i),
                            s.charAt(i)));
                }
            }
            if (s.length() % 2 != 0) {
                throw BuiltinError.of("encoding/hex: odd length hex string");
            }
            return StringValue.of(new String(HexFormat.of().parseHex(s), StandardCharsets.UTF_8));
        });
        r.add("urlquery.encode", 1, a -> StringValue.of(URLEncoder.encode(Args.string(a, 0), StandardCharsets.UTF_8)));
        r.add("urlquery.decode", 1, a -> {
            try {
                return StringValue.of(URLDecoder.decode(Args.string(a, 0), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw BuiltinError.of(e.getMessage());
            }
        });
        r.add("urlquery.encode_object", 1, a -> {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Value, Value> e : Args.object(a, 0).entries().entrySet()) {
                String k = URLEncoder.encode(((StringValue) e.getKey()).value(), StandardCharsets.UTF_8);
                List<Value> vals = e.getValue() instanceof ArrayValue arr ? arr.items()
                        : e.getValue() instanceof SetValue s ? new ArrayList<>(s.items()) : List.of(e.getValue());
                for (Value v : vals) {
                    if (!(v instanceof StringValue sv)) {
                        throw BuiltinError.type("operand 1 must be object[string: string|array[string]|set[string]]");
                    }
                    parts.add(k + "=" + URLEncoder.encode(sv.value(), StandardCharsets.UTF_8));
                }
            }
            return StringValue.of(String.join("&", parts));
        });
        r.add("urlquery.decode_object", 1, a -> {
            Map<String, List<Value>> m = new LinkedHashMap<>();
            for (String part : Args.string(a, 0).split("[&;]")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(StringValue.of(v));
            }
            TreeMap<Value, Value> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(StringValue.of(k), ArrayValue.of(v)));
            return ObjectValue.own(out);
        });
    }

    private static byte[] bytes(Value[] a, int i) {
        return Args.string(a, i).getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(Base64.Decoder d, String s) {
        try {
            return new String(d.decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BuiltinError.of("illegal base64 data: " + e.getMessage());
        }
    }

    /** Plain Java objects for SnakeYAML; sets as lists, non-string keys as their text. */
    static Object toJava(Value v) {
        return Json.MAPPER.convertValue(Json.toNode(v), Object.class);
    }
}
