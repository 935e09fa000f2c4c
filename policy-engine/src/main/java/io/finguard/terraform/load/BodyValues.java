package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.hcl.Body;
import io.finguard.hcl.BodyItem;
import io.finguard.terraform.Value;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.FileAccess;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a block body into the value shape plan JSON uses: attributes by name, nested blocks as a list of objects
 * under the block type. {@code dynamic} blocks are expanded when their {@code for_each} is known; when it is not,
 * the whole list of that block type is unknown, because nobody can say what it will hold.
 */
final class BodyValues {

    /** Arguments and blocks that steer Terraform itself rather than describe the resource. */
    static final Set<String> RESOURCE_META = Set.of("count", "for_each", "provider", "depends_on", "lifecycle",
            "provisioner", "connection");

    private final Scope scope;
    private final SourceFile source;
    private final Path baseDirectory;
    private final FileAccess files;
    private final List<EvalProblem> problems;

    /** Problems found while evaluating are added to {@code problems}. */
    BodyValues(Scope scope, SourceFile source, Path baseDirectory, FileAccess files, List<EvalProblem> problems) {
        this.scope = scope;
        this.source = source;
        this.baseDirectory = baseDirectory;
        this.files = files;
        this.problems = problems;
    }

    private Evaluator evaluator;
    private int problemsSeen;

    /** One evaluator per body: it is bound to the scope, and building one per attribute showed in profiles. */
    private Value eval(io.finguard.hcl.Expression expression) {
        if (evaluator == null) {
            evaluator = new Evaluator(scope, source, baseDirectory, files);
        }
        Value value = evaluator.evaluate(expression);
        List<EvalProblem> all = evaluator.problems();
        if (all.size() > problemsSeen) {
            problems.addAll(all.subList(problemsSeen, all.size()));
            problemsSeen = all.size();
        }
        return value;
    }

    Value.Obj evaluate(Body body, Set<String> skip) {
        LinkedHashMap<String, Value> out = new LinkedHashMap<>();
        Map<String, List<Value>> blocks = null;
        Map<String, Value> unknownBlocks = null;
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a) {
                if (!skip.contains(a.name())) {
                    out.put(a.name(), eval(a.value()));
                }
            } else if (item instanceof Block b) {
                if (skip.contains(b.type())) {
                    continue;
                }
                if (blocks == null) {
                    blocks = new LinkedHashMap<>();
                    unknownBlocks = new LinkedHashMap<>();
                }
                if (b.type().equals("dynamic") && b.labels().size() == 1) {
                    expandDynamic(b, blocks, unknownBlocks);
                } else {
                    blocks.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(evaluate(b.body(), Set.of()));
                }
            }
        }
        if (blocks != null) {
            for (Map.Entry<String, List<Value>> e : blocks.entrySet()) {
                out.put(e.getKey(), new Value.Seq(e.getValue(), Value.SeqKind.LIST));
            }
            out.putAll(unknownBlocks);
        }
        return Value.Obj.owning(out, Value.ObjKind.OBJECT);
    }

    private void expandDynamic(Block dynamic, Map<String, List<Value>> blocks, Map<String, Value> unknownBlocks) {
        String name = dynamic.labels().get(0).value();
        List<Value> list = blocks.computeIfAbsent(name, k -> new ArrayList<>());
        Attribute forEach = dynamic.body().attribute("for_each");
        Block content = dynamic.body().blocks("content").stream().findFirst().orElse(null);
        if (forEach == null || content == null) {
            return;
        }
        Value collection = eval(forEach.value());
        String iterator = iteratorName(dynamic, name);
        Map<Value, Value> elements = forEachEntries(collection);
        if (elements == null) {
            unknownBlocks.put(name, new Value.Unknown("dynamic \"" + name + "\""));
            return;
        }
        for (Map.Entry<Value, Value> e : elements.entrySet()) {
            Value it = new Value.Obj(Map.of("key", e.getKey(), "value", e.getValue()), Value.ObjKind.OBJECT);
            BodyValues inner = new BodyValues(scope.child(Map.of(iterator, it)), source, baseDirectory, files,
                    problems);
            list.add(inner.evaluate(content.body(), Set.of()));
        }
    }

    private String iteratorName(Block dynamic, String fallback) {
        Attribute iterator = dynamic.body().attribute("iterator");
        if (iterator != null && iterator.value() instanceof io.finguard.hcl.Expression.Variable v) {
            return v.name();
        }
        return fallback;
    }

    /** Key/value pairs of a for_each collection as Terraform iterates it; null when that is not known. */
    static Map<Value, Value> forEachEntries(Value collection) {
        Map<Value, Value> out = new LinkedHashMap<>();
        if (collection instanceof Value.Obj o) {
            o.entries().forEach((k, v) -> out.put(Value.str(k), v));
            return out;
        }
        if (collection instanceof Value.Seq s) {
            int i = 0;
            for (Value v : s.elements()) {
                if (!v.isKnown()) {
                    return null;
                }
                // a set iterates with key = value; a list or tuple with its index
                out.put(s.kind() == Value.SeqKind.SET ? v : Value.Num.of(i), v);
                i++;
            }
            return out;
        }
        return null;
    }
}
