package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Terraform does with a block that has no instances (a module call or resource with {@code count = 0} or an
 * empty {@code for_each}): it never evaluates it for real, but {@code terraform validate} checks it with every
 * input unknown. So such a body is evaluated with every declared variable, local, module output, {@code count}
 * and {@code each} unknown: what still fails there (a function given the wrong number of arguments, a reference to
 * an undeclared local) is a genuine error; a {@code lower(var.name)} that would fail on a null input is not.
 */
final class Validation {

    private final RootContext root;
    private final Set<Path> validated = new HashSet<>();
    private final Map<ParsedModule, Scope> scopes = new HashMap<>();

    Validation(RootContext root) {
        this.root = root;
    }

    /** Validates every expression of a module that has no instance, and the local modules it calls, once each. */
    void validate(ParsedModule module) {
        if (!validated.add(module.dir)) {
            return;
        }
        Scope scope = scope(module);
        module.locals.values().forEach(l -> expression(l.file(), l.config(), l.attribute().value(), scope));
        for (SyntaxRef output : module.outputs.values()) {
            Attribute value = output.block().body().attribute("value");
            if (value != null) {
                expression(output.file(), output.config(), value.value(), scope);
            }
        }
        for (SyntaxRef block : concat(module.resources, module.dataSources, module.providers)) {
            // nothing skipped: count, for_each and lifecycle are checked with the rest of the body
            body(module, block, Set.of());
        }
        for (SyntaxRef call : module.moduleCalls.values()) {
            for (Attribute a : call.block().body().attributes()) {
                if (!a.name().equals("source") && !a.name().equals("version") && !a.name().equals("providers")) {
                    expression(call.file(), call.config(), a.value(), scope);
                }
            }
            String source = ParsedModule.moduleSource(call);
            if (ParsedModule.isLocalSource(source)) {
                Path dir = module.dir.resolve(source).normalize();
                if (Files.isDirectory(dir)) {
                    validate(root.session.module(dir));
                }
            }
        }
    }

    /**
     * The values of a block's body with every input unknown, the arguments in {@code skip} left out; its problems
     * are reported.
     */
    Value.Obj body(ParsedModule module, SyntaxRef ref, Set<String> skip) {
        List<EvalProblem> problems = new ArrayList<>();
        Value.Obj values = new BodyValues(scope(module), ref.config().source(), root.dir(),
                root.session.files, root.budget, problems).evaluate(ref.block().body(), skip);
        report(ref.file(), problems);
        return values;
    }

    private void expression(String file, ConfigFile config, Expression expression, Scope scope) {
        Evaluator evaluator = root.evaluator(scope, config);
        evaluator.evaluate(expression);
        report(file, evaluator.problems());
    }

    private void report(String file, List<EvalProblem> problems) {
        for (EvalProblem p : problems) {
            root.evaluationError(file, p.range() == null ? 0 : p.range().startLine(), p.message());
        }
    }

    /** Every name the module declares, unknown; undeclared names stay errors, as in Terraform. */
    private Scope scope(ParsedModule module) {
        return scopes.computeIfAbsent(module, m -> {
            Map<String, Value> names = new LinkedHashMap<>();
            names.put("var", unknowns(m.variables.keySet(), "var."));
            names.put("local", unknowns(m.locals.keySet(), "local."));
            names.put("module", unknowns(m.moduleCalls.keySet(), "module."));
            names.put("path", new Value.Unknown("path"));
            names.put("terraform", new Value.Unknown("terraform"));
            names.putAll(InstanceKey.unknownNames(true, true));
            return Scope.of(names);
        });
    }

    private static Value.Obj unknowns(Set<String> names, String prefix) {
        LinkedHashMap<String, Value> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new Value.Unknown(prefix + n)));
        return Value.Obj.owning(out, Value.ObjKind.OBJECT);
    }

    @SafeVarargs
    private static List<SyntaxRef> concat(List<SyntaxRef>... lists) {
        List<SyntaxRef> out = new ArrayList<>();
        for (List<SyntaxRef> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
