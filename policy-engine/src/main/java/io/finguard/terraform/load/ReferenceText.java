package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Body;
import io.finguard.terraform.eval.References;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the references of HCL arguments the way a plan's {@code configuration} section does, so that rules link
 * resources the same way in HCL and in plan mode: each traversal as written, then the object it belongs to
 * ({@code aws_s3_bucket.b.id}, {@code aws_s3_bucket.b}; {@code data.x.y.z}, {@code data.x.y};
 * {@code module.m.out}, {@code module.m}; {@code var.v} alone).
 */
final class ReferenceText {

    private ReferenceText() {
    }

    static Map<String, List<String>> ofArguments(Body body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Attribute a : body.attributes()) {
            List<String> refs = of(References.of(a.value()));
            if (!refs.isEmpty()) {
                out.put(a.name(), refs);
            }
        }
        return out;
    }

    static List<String> of(List<List<String>> paths) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> path : paths) {
            out.add(String.join(".", path));
            int objectLength = objectLength(path);
            if (objectLength > 0 && objectLength < path.size()) {
                out.add(String.join(".", path.subList(0, objectLength)));
            }
        }
        return new ArrayList<>(out);
    }

    /** How many steps name the referenced object itself: 3 for data sources, 2 for resources and modules. */
    private static int objectLength(List<String> path) {
        String root = path.get(0);
        return switch (root) {
            case "data" -> 3;
            case "var", "local", "each", "count", "path", "terraform", "self" -> 0;
            default -> 2;
        };
    }
}
