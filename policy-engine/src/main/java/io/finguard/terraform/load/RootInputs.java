package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.EvalProblem;
import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Scope;
import io.finguard.terraform.origin.Declared;
import io.finguard.terraform.origin.RootInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values for a root module's variables, in Terraform's order of precedence (later wins):
 * {@code terraform.tfvars}, {@code *.auto.tfvars} in name order, each {@code --var-file}, each {@code --var}.
 */
final class RootInputs {

    private final LoadSession session;
    /** Where each variable's value was set, for value chains: the last entry that set it, as precedence decides. */
    private final Map<String, RootInput> origins = new LinkedHashMap<>();

    RootInputs(LoadSession session) {
        this.session = session;
    }

    /** After {@link #collect}: the tfvars entry or {@code --var} that set each variable given a value. */
    Map<String, RootInput> origins() {
        return origins;
    }

    Map<String, Value> collect(ParsedModule root, List<Path> varFiles, Map<String, String> vars) {
        Map<String, Value> out = new LinkedHashMap<>();
        Path tfvars = root.dir.resolve("terraform.tfvars");
        if (Files.isRegularFile(tfvars)) {
            readFile(tfvars, out);
        }
        try (var stream = Files.list(root.dir)) {
            stream.filter(f -> f.getFileName().toString().endsWith(".auto.tfvars") && Files.isRegularFile(f))
                    .sorted()
                    .forEach(f -> readFile(f, out));
        } catch (IOException e) {
            session.errors.add(new io.finguard.terraform.LoadError(session.reportPath(root.dir), 0,
                    "cannot list directory: " + e.getMessage()));
        }
        for (Path file : varFiles) {
            readFile(file, out);
        }
        vars.forEach((name, raw) -> {
            out.put(name, commandLineValue(root, name, raw));
            origins.put(name, new RootInput(name, null));
        });
        return out;
    }

    private void readFile(Path file, Map<String, Value> out) {
        ConfigFile config = session.parseFile(file);
        if (config == null || config.hasErrors()) {
            return;
        }
        for (Attribute a : config.body().attributes()) {
            Evaluator evaluator = new Evaluator(Scope.EMPTY, config.source(), file.getParent());
            out.put(a.name(), evaluator.evaluate(a.value()));
            origins.put(a.name(), new RootInput(a.name(), new Declared(session.reportPath(file), config, a)));
            for (EvalProblem p : evaluator.problems()) {
                session.error(session.reportPath(file), p.range(), p.message());
            }
        }
        if (!config.body().blocks().isEmpty()) {
            session.error(session.reportPath(file), config.body().blocks().get(0).range(),
                    "a variables file holds only name = value assignments, not blocks");
        }
    }

    /**
     * Like Terraform: a {@code --var} for a variable whose type is {@code string} (or not given) is the raw text;
     * for any other type the text is an HCL expression ({@code --var 'azs=["a","b"]'}).
     */
    private Value commandLineValue(ParsedModule root, String name, String raw) {
        SyntaxRef decl = root.variables.get(name);
        Attribute type = decl == null ? null : decl.block().body().attribute("type");
        boolean stringTyped = type == null
                || (type.value() instanceof Expression.Variable v && v.name().equals("string"));
        if (stringTyped) {
            return Value.str(raw);
        }
        SourceFile source = new SourceFile("--var " + name, raw);
        var result = HclParser.parseExpression(source);
        if (!result.diagnostics().isEmpty()) {
            var d = result.diagnostics().get(0);
            session.errors.add(new io.finguard.terraform.LoadError("--var " + name, 0, d.message()));
            return new Value.Unknown(raw);
        }
        Evaluator evaluator = new Evaluator(Scope.EMPTY, source, root.dir);
        return evaluator.evaluate(result.expression());
    }
}
