package io.finguard.engine.rego;

import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.NullValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a policy sees as {@code input}. For HCL, one document per root module in the shape conftest's HCL2 parser
 * gives, so that conftest's Terraform policies run unchanged: {@code resource.TYPE.NAME} and {@code data.TYPE.NAME}
 * are lists of block bodies (nested blocks as lists), plus {@code variable}, {@code locals}, {@code module} and
 * {@code provider}, {@code output}. Values are evaluated where finguard knows them; where it does not, they are the source text as
 * conftest shows every expression, {@code "${var.x}"}. For a plan, the plan JSON itself.
 */
public final class RegoInput {
    private RegoInput() {
    }

    /** One conftest-shaped document per root module, by the root's directory ({@code .} for the scan root). */
    public static Map<String, Value> hclByRoot(TerraformModel model) {
        Map<String, List<Resource>> groups = new LinkedHashMap<>();
        for (Resource r : model.resources()) {
            groups.computeIfAbsent(r.rootModule() == null ? "." : r.rootModule(), k -> new ArrayList<>()).add(r);
        }
        for (Module m : model.modules()) {
            if (m.isRoot() && m.dir() != null) {
                groups.putIfAbsent(m.dir(), new ArrayList<>());
            }
        }
        Map<String, Value> out = new LinkedHashMap<>();
        groups.forEach((root, resources) -> out.put(root,
                hcl(new TerraformModel(model.root(), model.modules(), resources, List.of()))));
        return out;
    }

    /**
     * The conftest-shaped document of one root module: the model's resources (all of one root, as a scan hands
     * them to rules) and the root module and module calls of that root.
     */
    public static Value hcl(TerraformModel model) {
        String rootDir = model.resources().stream().map(Resource::rootModule).filter(Objects::nonNull).findFirst()
                .orElse(null);
        TreeMap<Value, Value> doc = new TreeMap<>();
        TreeMap<Value, Value> resources = new TreeMap<>();
        TreeMap<Value, Value> data = new TreeMap<>();
        for (Resource r : model.resources()) {
            if (!r.moduleAddress().isEmpty()) {
                continue;
            }
            add(r.mode() == ResourceMode.DATA ? data : resources, r.type(), r.name(), body(r));
        }
        put(doc, "resource", resources);
        put(doc, "data", data);
        Module root = model.modules().stream().filter(m -> m.isRoot() && (rootDir == null
                || rootDir.equals(m.dir()))).findFirst().orElse(null);
        if (root != null) {
            rootModule(root, doc);
        }
        TreeMap<Value, Value> modules = new TreeMap<>();
        for (Module m : model.modules()) {
            if (!m.isRoot() && m.address().indexOf('.', "module.".length()) < 0 && calledFrom(m, root)) {
                TreeMap<Value, Value> call = new TreeMap<>();
                if (m.source() != null) {
                    call.put(StringValue.of("source"), StringValue.of(m.source()));
                }
                m.variables().forEach((k, v) -> call.put(StringValue.of(k), of(v)));
                modules.put(StringValue.of(m.address().substring("module.".length())),
                        ArrayValue.of(List.of(ObjectValue.own(call))));
            }
        }
        put(doc, "module", modules);
        return ObjectValue.own(doc);
    }

    /** Whether a module call is written in the root module's directory (several roots may call module.x). */
    private static boolean calledFrom(Module m, Module root) {
        if (root == null || m.call() == null || m.call().file() == null || root.dir() == null) {
            return true;
        }
        Path parent = Path.of(m.call().file()).getParent();
        return (parent == null ? "." : parent.toString().replace('\\', '/')).equals(root.dir());
    }

    private static void rootModule(Module m, TreeMap<Value, Value> doc) {
        TreeMap<Value, Value> variables = new TreeMap<>();
        m.variables().forEach((k, v) -> variables.put(StringValue.of(k),
                ArrayValue.of(List.of(ObjectValue.of(Map.of(StringValue.of("default"), of(v)))))));
        put(doc, "variable", variables);
        if (!m.locals().isEmpty()) {
            TreeMap<Value, Value> locals = new TreeMap<>();
            m.locals().forEach((k, v) -> locals.put(StringValue.of(k), of(v)));
            doc.put(StringValue.of("locals"), ArrayValue.of(List.of(ObjectValue.own(locals))));
        }
        TreeMap<Value, Value> providers = new TreeMap<>();
        for (ProviderConfig p : m.providers().values()) {
            if (!p.location().isKnown()) {
                continue;
            }
            TreeMap<Value, Value> body = new TreeMap<>();
            if (p.alias() != null) {
                body.put(StringValue.of("alias"), StringValue.of(p.alias()));
            }
            if (p.defaultTags() != null) {
                body.put(StringValue.of("default_tags"), ArrayValue.of(List.of(ObjectValue.of(
                        Map.of(StringValue.of("tags"), of(p.defaultTags()))))));
            }
            Value key = StringValue.of(p.name());
            List<Value> list = new ArrayList<>(providers.containsKey(key)
                    ? ((ArrayValue) providers.get(key)).items() : List.of());
            list.add(ObjectValue.own(body));
            providers.put(key, ArrayValue.of(list));
        }
        put(doc, "provider", providers);
        TreeMap<Value, Value> outputs = new TreeMap<>();
        m.outputs().forEach((k, v) -> outputs.put(StringValue.of(k),
                ArrayValue.of(List.of(ObjectValue.of(Map.of(StringValue.of("value"), of(v)))))));
        put(doc, "output", outputs);
    }

    /** The plan JSON, as OPA and Terraform Cloud policies expect it. */
    public static Value plan(Path planFile) {
        try {
            return Json.parse(Files.readString(planFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Value body(Resource r) {
        TreeMap<Value, Value> body = new TreeMap<>(((ObjectValue) of(r.values())).entries());
        if (r.count() != null) {
            body.put(StringValue.of("count"), of(r.count()));
        }
        if (r.forEach() != null) {
            body.put(StringValue.of("for_each"), of(r.forEach()));
        }
        return ObjectValue.own(body);
    }

    private static void add(TreeMap<Value, Value> byType, String type, String name, Value body) {
        Value t = StringValue.of(type);
        TreeMap<Value, Value> byName = byType.containsKey(t)
                ? new TreeMap<>(((ObjectValue) byType.get(t)).entries()) : new TreeMap<>();
        Value n = StringValue.of(name);
        List<Value> blocks = new ArrayList<>(byName.containsKey(n) ? ((ArrayValue) byName.get(n)).items() : List.of());
        blocks.add(body);
        byName.put(n, ArrayValue.of(blocks));
        byType.put(t, ObjectValue.own(byName));
    }

    private static void put(TreeMap<Value, Value> doc, String key, TreeMap<Value, Value> section) {
        if (!section.isEmpty()) {
            doc.put(StringValue.of(key), ObjectValue.own(section));
        }
    }

    /** A Terraform value as a Rego value; an unknown one as its source text in {@code ${...}}, as conftest shows. */
    static Value of(io.finguard.terraform.Value v) {
        if (v instanceof io.finguard.terraform.Value.Str s) {
            return StringValue.of(s.value());
        }
        if (v instanceof io.finguard.terraform.Value.Num n) {
            return NumberValue.of(n.value());
        }
        if (v instanceof io.finguard.terraform.Value.Bool b) {
            return BoolValue.of(b.value());
        }
        if (v instanceof io.finguard.terraform.Value.Seq s) {
            List<Value> items = new ArrayList<>();
            s.elements().forEach(x -> items.add(of(x)));
            return ArrayValue.of(items);
        }
        if (v instanceof io.finguard.terraform.Value.Obj o) {
            TreeMap<Value, Value> m = new TreeMap<>();
            o.entries().forEach((k, x) -> m.put(StringValue.of(k), of(x)));
            return ObjectValue.own(m);
        }
        if (v instanceof io.finguard.terraform.Value.Unknown u) {
            return StringValue.of("${" + u.source() + "}");
        }
        return NullValue.NULL;
    }
}
