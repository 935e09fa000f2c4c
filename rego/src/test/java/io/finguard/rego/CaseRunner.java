package io.finguard.rego;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one test case in OPA's conformance format: {@code modules}, {@code data}, {@code input} or
 * {@code input_term}, {@code query}, and {@code want_result} or {@code want_error}/{@code want_error_code}, with
 * {@code sort_bindings} and {@code strict_error}. finguard's own cases add {@code rego_version} (v0/v1) and
 * {@code step_limit}.
 */
final class CaseRunner {
    private CaseRunner() {
    }

    /** Runs one case; returns null when it passes, else what went wrong. */
    @SuppressWarnings("unchecked")
    static String run(Map<String, Object> tc) {
        boolean wantsError = tc.containsKey("want_error") || tc.containsKey("want_error_code");
        try {
            Map<String, String> sources = new LinkedHashMap<>();
            List<Object> modules = (List<Object>) tc.getOrDefault("modules", List.of());
            for (int i = 0; i < modules.size(); i++) {
                sources.put("test-" + i + ".rego", String.valueOf(modules.get(i)));
            }
            Value data = tc.get("data") == null ? ObjectValue.EMPTY : Json.fromJava(tc.get("data"));
            RegoVersion version = RegoVersion.parse(String.valueOf(tc.getOrDefault("rego_version", "v1")));
            PolicySet set = PolicySet.fromSources(sources, data, version)
                    .withStrictBuiltinErrors(Boolean.TRUE.equals(tc.get("strict_error")));
            if (tc.get("step_limit") instanceof Number n) {
                set.withStepLimit(n.longValue());
            }
            Value input = null;
            if (tc.containsKey("input_term")) {
                input = PolicySet.fromSources(Map.of(), null, RegoVersion.V1)
                        .query("conformance_input := " + tc.get("input_term"), null)
                        .solutions().get(0).bindings().get("conformance_input");
            } else if (tc.containsKey("input")) {
                input = Json.fromJava(tc.get("input"));
            }
            QueryResult result = set.query(String.valueOf(tc.get("query")), input);
            if (wantsError) {
                return "expected error " + tc.getOrDefault("want_error_code", "") + " "
                        + tc.getOrDefault("want_error", "") + " but got " + bindings(result, false);
            }
            if (!tc.containsKey("want_result")) {
                return null;
            }
            boolean sort = Boolean.TRUE.equals(tc.get("sort_bindings"));
            List<Value> want = new ArrayList<>();
            for (Object o : (List<Object>) tc.get("want_result")) {
                want.add(normalize(Json.fromJava(o), sort));
            }
            List<Value> got = bindings(result, sort);
            List<Value> wantSorted = new ArrayList<>(want);
            List<Value> gotSorted = new ArrayList<>(got);
            Collections.sort(wantSorted);
            Collections.sort(gotSorted);
            if (!wantSorted.equals(gotSorted)) {
                return "wrong result: want " + want + " got " + got;
            }
            return null;
        } catch (RegoException e) {
            if (!wantsError) {
                return "unexpected error: " + e.getMessage();
            }
            Object code = tc.get("want_error_code");
            Object msg = tc.get("want_error");
            if (code != null && !code.equals(e.code())) {
                return "wrong error code: want " + code + " got " + e.getMessage();
            }
            if (msg != null && !e.getMessage().contains(String.valueOf(msg))) {
                return "wrong error message: want '" + msg + "' got " + e.getMessage();
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return "crash: " + e;
        }
    }

    private static List<Value> bindings(QueryResult result, boolean sort) {
        List<Value> out = new ArrayList<>();
        for (QueryResult.Solution s : result.solutions()) {
            TreeMap<Value, Value> m = new TreeMap<>();
            s.bindings().forEach((k, v) -> m.put(StringValue.of(k), v));
            out.add(normalize(ObjectValue.own(m), sort));
        }
        return out;
    }

    /** The JSON form (sets as arrays); with sort_bindings, each binding's array value sorted. */
    private static Value normalize(Value v, boolean sort) {
        Value json = Json.fromNode(Json.toNode(v));
        if (!sort || !(json instanceof ObjectValue o)) {
            return json;
        }
        TreeMap<Value, Value> m = new TreeMap<>();
        o.entries().forEach((k, x) -> {
            if (x instanceof ArrayValue a) {
                List<Value> items = new ArrayList<>(a.items());
                Collections.sort(items);
                m.put(k, ArrayValue.of(items));
            } else {
                m.put(k, x);
            }
        });
        return ObjectValue.own(m);
    }

}
