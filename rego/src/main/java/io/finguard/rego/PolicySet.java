package io.finguard.rego;

import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Module;
import io.finguard.rego.ast.Rule;
import io.finguard.rego.builtins.Registry;
import io.finguard.rego.eval.Compiler;
import io.finguard.rego.eval.Evaluator;
import io.finguard.rego.eval.RuleNode;
import io.finguard.rego.parse.Parser;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiled Rego modules plus base documents, ready to answer queries. Loading parses and compiles everything
 * up front, so syntax errors, unsafe variables and refused builtins surface at load time with file and line.
 */
public final class PolicySet {
    /** Default bound on evaluation steps (expressions evaluated): generous for real policies, stops runaways. */
    public static final long DEFAULT_STEP_LIMIT = 50_000_000L;

    private final List<Module> modules;
    private final RuleNode tree;
    private final Value data;
    private final Compiler compiler;
    private long stepLimit = DEFAULT_STEP_LIMIT;
    private boolean strictBuiltinErrors;

    private PolicySet(List<Module> modules, Value data) {
        this.modules = List.copyOf(modules);
        this.data = data;
        this.compiler = new Compiler(Registry.standard());
        this.tree = compiler.compile(this.modules);
    }

    /** Compiles modules given as file name to source text. */
    public static PolicySet fromSources(Map<String, String> sources, Value data, RegoVersion version) {
        List<Module> modules = new ArrayList<>();
        sources.forEach((file, src) -> modules.add(Parser.parseModule(src, file, version == RegoVersion.V1)));
        return new PolicySet(modules, data == null ? ObjectValue.EMPTY : data);
    }

    /**
     * Loads {@code .rego} modules and {@code .json}/{@code .yaml}/{@code .yml} data files from files or
     * directories (searched recursively). Data files merge into {@code data} at the root, as {@code opa eval -d}
     * does.
     */
    public static PolicySet load(List<Path> paths, RegoVersion version) {
        Map<String, String> sources = new LinkedHashMap<>();
        Value data = ObjectValue.EMPTY;
        for (Path p : paths) {
            for (Path file : files(p)) {
                String name = file.getFileName().toString();
                String text = read(file);
                if (name.endsWith(".rego")) {
                    sources.put(file.toString(), text);
                } else if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
                    data = mergeData(data, DataFiles.parse(file.toString(), text));
                }
            }
        }
        return fromSources(sources, data, version);
    }

    private static List<Path> files(Path p) {
        if (!Files.exists(p)) {
            throw new RegoException("rego_load_error", "no such file or directory: " + p, null);
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RegoException("rego_load_error", "cannot read " + file + ": " + e.getMessage(), null);
        }
    }

    private static Value mergeData(Value into, Value add) {
        if (into instanceof ObjectValue a && add instanceof ObjectValue b) {
            java.util.TreeMap<Value, Value> m = new java.util.TreeMap<>(a.entries());
            b.entries().forEach((k, v) -> m.merge(k, v, PolicySet::mergeData));
            return ObjectValue.own(m);
        }
        return add;
    }

    /** Sets the step limit; an evaluation running past it fails with an error naming the rule. */
    public PolicySet withStepLimit(long limit) {
        this.stepLimit = limit;
        return this;
    }

    /** Makes builtin errors (bad operands, divide by zero) fail the query instead of leaving it undefined. */
    public PolicySet withStrictBuiltinErrors(boolean strict) {
        this.strictBuiltinErrors = strict;
        return this;
    }

    public List<Module> modules() {
        return modules;
    }

    /** Evaluates a query (Rego text such as {@code data.main.deny} or {@code x := data.a[_]}). */
    public QueryResult query(String query, Value input) {
        List<Expr> parsed = Parser.parseQuery(query, "query");
        List<Expr> compiled = compiler.compileQuery(tree, parsed);
        Map<Expr, Integer> positions = positions(parsed, compiled);
        List<QueryResult.Expression> texts = texts(query, parsed);
        Evaluator ev = new Evaluator(tree, Registry.standard(), input, data, strictBuiltinErrors, stepLimit);
        List<Evaluator.Solution> raw = runWithLargeStack(() -> ev.query(compiled, parsed.size(),
                e -> positions.getOrDefault(e, 0)));
        List<QueryResult.Solution> out = new ArrayList<>();
        for (Evaluator.Solution s : raw) {
            out.add(new QueryResult.Solution(s.expressions(), s.bindings()));
        }
        return new QueryResult(texts, out);
    }

    /** The value of {@code data.<path>} as one value, or null when undefined. */
    public Value evaluate(String ref, Value input) {
        QueryResult r = query(ref, input);
        return r.isEmpty() ? null : r.solutions().get(0).expressions().get(0);
    }

    /** The METADATA of each rule, by {@code package.rule} (the first definition that carries one). */
    public Map<String, Map<String, Object>> ruleMetadata() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Module m : modules) {
            for (Rule r : m.rules()) {
                if (!r.metadata().isEmpty()) {
                    out.putIfAbsent(m.packageName() + "." + r.name(), r.metadata());
                }
            }
        }
        return out;
    }

    private static Map<Expr, Integer> positions(List<Expr> parsed, List<Expr> compiled) {
        // Compilation keeps one expression per written one, in the same relative order before reordering;
        // match them by location, which the rewrite keeps.
        Map<Expr, Integer> out = new IdentityHashMap<>();
        for (Expr c : compiled) {
            for (int i = 0; i < parsed.size(); i++) {
                if (parsed.get(i).loc().equals(c.loc())) {
                    out.put(c, i);
                }
            }
        }
        return out;
    }

    /** Each expression's text: from where it starts to where the next one does, without separators. */
    private static List<QueryResult.Expression> texts(String query, List<Expr> parsed) {
        String[] lines = query.split("\n", -1);
        int[] lineStart = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            lineStart[i] = lineStart[i - 1] + lines[i - 1].length() + 1;
        }
        List<QueryResult.Expression> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Expr e = parsed.get(i);
            int start = offset(lineStart, query, e.loc().line(), e.loc().column());
            int end = i + 1 < parsed.size()
                    ? offset(lineStart, query, parsed.get(i + 1).loc().line(), parsed.get(i + 1).loc().column())
                    : query.length();
            String text = query.substring(start, Math.max(start, end)).strip();
            while (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            out.add(new QueryResult.Expression(text, e.loc().line(), e.loc().column()));
        }
        return out;
    }

    private static int offset(int[] lineStart, String query, int line, int column) {
        int l = Math.min(Math.max(line, 1), lineStart.length) - 1;
        return Math.min(lineStart[l] + column - 1, query.length());
    }

    /** Deeply nested policies recurse deeply; evaluate on a thread with a large stack rather than overflow. */
    private static <T> T runWithLargeStack(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                failure[0] = new RegoException(RegoException.STEP_LIMIT, "evaluation nested too deeply", null);
            } catch (Error e) {
                error[0] = e;
            }
        }, "rego-eval", 64L * 1024 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegoException("rego_eval_interrupted", "evaluation interrupted", null);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (error[0] != null) {
            throw error[0];
        }
        @SuppressWarnings("unchecked")
        T r = (T) result[0];
        return r;
    }

    /** Parses a JSON text into a value (for inputs given as text). */
    public static Value parseJson(String json) {
        return Json.parse(json);
    }
}
