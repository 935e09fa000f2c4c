package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.hcl.Expression.Binary;
import io.finguard.hcl.Expression.BoolLiteral;
import io.finguard.hcl.Expression.Conditional;
import io.finguard.hcl.Expression.For;
import io.finguard.hcl.Expression.FunctionCall;
import io.finguard.hcl.Expression.GetAttr;
import io.finguard.hcl.Expression.Index;
import io.finguard.hcl.Expression.Invalid;
import io.finguard.hcl.Expression.NullLiteral;
import io.finguard.hcl.Expression.NumberLiteral;
import io.finguard.hcl.Expression.ObjectCons;
import io.finguard.hcl.Expression.ObjectItem;
import io.finguard.hcl.Expression.Operator;
import io.finguard.hcl.Expression.Parens;
import io.finguard.hcl.Expression.Splat;
import io.finguard.hcl.Expression.SplatItem;
import io.finguard.hcl.Expression.Template;
import io.finguard.hcl.Expression.Tuple;
import io.finguard.hcl.Expression.Unary;
import io.finguard.hcl.Expression.Variable;
import io.finguard.hcl.Range;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Bool;
import io.finguard.terraform.Value.Null;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Unknown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates expressions of one source file with Terraform's semantics.
 * <p>
 * Nothing is thrown out of {@link #evaluate}: a user error becomes an {@link EvalProblem} (read them back with
 * {@link #problems()}) and makes its expression unknown; a value that depends on an unknown is unknown and
 * remembers the source text of the outermost expression that became unknown. Containers stay known when only
 * some of their elements are unknown.
 * <p>
 * Evaluation is bounded by an {@link EvalBudget}: a value too large, or a root module that needs too many steps,
 * is an {@link EvalProblem} and an unknown value, never an exception or an exhausted heap.
 * <p>
 * Not thread-safe (it collects problems); create one per file or per task. It holds no global state.
 */
public final class Evaluator {

    /** Functions that take their arguments unevaluated, because they catch errors. */
    static final Set<String> LAZY_FUNCTIONS = Set.of("try", "can");

    private static final Unknown UNKNOWN = new Unknown("");

    private final Scope scope;
    private final SourceFile source;
    /** As given; {@link #baseDirectory()} normalises it when a file function first needs it. */
    private final Path givenBaseDirectory;
    private Path baseDirectory;
    /** Null until a file function needs it, when none was given: see {@link #files()}. */
    private FileAccess files;
    private final Functions functions;
    private final boolean insideTemplateFile;
    private final EvalBudget budget;
    /** Distinct problems in order: a for-expression body failing on every element is reported once. */
    private final Set<EvalProblem> problems = new LinkedHashSet<>();
    /** Every error raised, duplicates included: what {@code try} and {@code can} watch. */
    private int errorCount;
    /** The last error raised, for the message of a {@code try} where every argument failed. */
    private String lastError;
    private final FunctionContext functionContext = new CallContext();

    /**
     * @param scope         the root names ({@code var}, {@code local}, {@code path}, ...)
     * @param source        the file the expressions come from: unknowns take their source text from it
     * @param baseDirectory the scan root: file functions resolve relative paths against it and read nothing
     *                      outside it
     */
    public Evaluator(Scope scope, SourceFile source, Path baseDirectory) {
        this(scope, source, baseDirectory, null, new EvalBudget());
    }

    /**
     * @param files where file functions may read, at or above {@code baseDirectory} (the git repository of the
     *              scan); a file outside it is an unknown value, not an error. Null means {@code baseDirectory}
     *              itself
     */
    public Evaluator(Scope scope, SourceFile source, Path baseDirectory, FileAccess files) {
        this(scope, source, baseDirectory, files, new EvalBudget());
    }

    /**
     * An evaluator that takes its steps from {@code budget}, shared by every evaluator of one root module so that
     * the root as a whole is bounded (the other constructors give each evaluator a budget of its own).
     */
    public Evaluator(Scope scope, SourceFile source, Path baseDirectory, EvalBudget budget) {
        this(scope, source, baseDirectory, null, budget);
    }

    /** Both of the above: what the module loader uses, with one file access and one budget per root. */
    public Evaluator(Scope scope, SourceFile source, Path baseDirectory, FileAccess files, EvalBudget budget) {
        this(scope, source, baseDirectory, files, Functions.standard(), false, budget);
    }

    private Evaluator(Scope scope, SourceFile source, Path baseDirectory, FileAccess files, Functions functions,
                      boolean insideTemplateFile, EvalBudget budget) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.source = Objects.requireNonNull(source, "source");
        this.givenBaseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
        this.files = files;
        this.functions = functions;
        this.insideTemplateFile = insideTemplateFile;
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * Where file functions may read. Made on first use when the caller gave none: evaluators of variable defaults
     * (one per declaration) never call a file function, and each made one for nothing.
     */
    private FileAccess files() {
        if (files == null) {
            files = new FileAccess(baseDirectory());
        }
        return files;
    }

    /**
     * The base directory, absolute and normalised. Only file functions need it, and evaluators are made per body
     * and per variable default for two directories in turn (the root's and {@code .}), which defeated the cache
     * below: normalising up front showed in JFR for evaluators that never read a file.
     */
    private Path baseDirectory() {
        if (baseDirectory == null) {
            baseDirectory = normalized(givenBaseDirectory);
        }
        return baseDirectory;
    }

    /** The last directory normalised, and the result: a load builds many evaluators for the same directory. */
    private record NormalizedDirectory(Path given, Path normalized) {
    }

    private static volatile NormalizedDirectory lastDirectory;

    private static Path normalized(Path dir) {
        NormalizedDirectory last = lastDirectory;
        if (last != null && last.given() == dir) {
            return last.normalized();
        }
        Path result = dir.toAbsolutePath().normalize();
        lastDirectory = new NormalizedDirectory(dir, result);
        return result;
    }

    /** The value of {@code expression}; never throws. */
    public Value evaluate(Expression expression) {
        return eval(expression, scope);
    }

    /** The user errors found so far, in the order they were found. */
    public List<EvalProblem> problems() {
        return List.copyOf(problems);
    }

    private Value eval(Expression e, Scope s) {
        Value v;
        try {
            budget.charge(1);
            v = checkedSize(evalNode(e, s));
            if (builds(e)) {
                budget.chargeBuilt(size(v), 0);
            }
        } catch (LimitExceeded limit) {
            // not an error that try() or can() may catch (errorCount stays), and the steps running out is
            // reported once per root: everything evaluated after it fails the same way
            if (!limit.work() || budget.reportExhaustion()) {
                problems.add(new EvalProblem(e.range(), limit.getMessage()));
            }
            v = UNKNOWN;
        } catch (UnknownOperand unknown) {
            v = UNKNOWN;
        } catch (EvalError error) {
            record(e, error.getMessage());
            v = UNKNOWN;
        } catch (ArithmeticException overflow) {
            // BigDecimal refuses numbers whose exponent no longer fits: a user's absurd number, not a defect
            record(e, "number out of range: " + overflow.getMessage());
            v = UNKNOWN;
        } catch (StackOverflowError tooDeep) {
            record(e, "expression is nested too deeply to evaluate");
            v = UNKNOWN;
        } catch (RuntimeException bug) {
            // a defect in finguard must not stop a scan: report it where it happened and go on
            record(e, "internal error while evaluating: " + bug);
            v = UNKNOWN;
        }
        return v instanceof Unknown ? new Unknown(sourceText(e.range())) : v;
    }

    /**
     * Expressions whose collection result is new, so that its elements are charged to the budget: a for-expression
     * in a for-expression, or {@code reverse(local.big)} in one, builds far more than it evaluates. A function may
     * return a part of its argument instead (lookup); charging it too costs real configurations nothing, their
     * collections being small.
     */
    private static boolean builds(Expression e) {
        return e instanceof For || e instanceof Splat || e instanceof Tuple || e instanceof ObjectCons
                || e instanceof FunctionCall;
    }

    private static int size(Value v) {
        if (v instanceof Seq seq) {
            return seq.elements().size();
        }
        return v instanceof Obj obj ? obj.entries().size() : 0;
    }

    /** Every value is bounded in size, wherever it was built: checked here, once per expression. */
    private static Value checkedSize(Value v) {
        if (v instanceof Value.Str str) {
            EvalBudget.checkLength(str.value().length());
        } else if (v instanceof Seq seq) {
            EvalBudget.checkSize(seq.elements().size());
        } else if (v instanceof Obj obj) {
            EvalBudget.checkSize(obj.entries().size());
        }
        return v;
    }

    private void record(Expression e, String message) {
        problems.add(new EvalProblem(e.range(), message));
        errorCount++;
        lastError = message;
    }

    /** Where a {@code try} or {@code can} argument starts: to tell whether it failed and to forget its problems. */
    private record Mark(int errors, int problems) {
    }

    private Mark mark() {
        return new Mark(errorCount, problems.size());
    }

    /** True when an error was raised since {@code mark}; the problems recorded since then are dropped. */
    private boolean failedSince(Mark mark) {
        if (errorCount == mark.errors()) {
            return false;
        }
        List<EvalProblem> kept = new ArrayList<>(problems).subList(0, mark.problems());
        problems.clear();
        problems.addAll(kept);
        errorCount = mark.errors();
        return true;
    }

    private String sourceText(Range range) {
        String text = source.text();
        if (range.start() < 0 || range.end() > text.length() || range.start() > range.end()) {
            return "";
        }
        return text.substring(range.start(), range.end());
    }

    private Value evalNode(Expression e, Scope s) {
        if (e instanceof NumberLiteral n) {
            return new Value.Num(n.value());
        }
        if (e instanceof BoolLiteral b) {
            return Bool.of(b.value());
        }
        if (e instanceof NullLiteral) {
            return Value.NULL;
        }
        if (e instanceof Template t) {
            return Templates.evaluate(t.parts(), s, this::eval, budget);
        }
        if (e instanceof Tuple t) {
            List<Value> elements = new ArrayList<>(t.elements().size());
            for (Expression element : t.elements()) {
                elements.add(eval(element, s));
            }
            return new Seq(elements, SeqKind.TUPLE);
        }
        if (e instanceof ObjectCons o) {
            return objectCons(o, s);
        }
        if (e instanceof FunctionCall c) {
            return call(c, s);
        }
        if (e instanceof Variable v) {
            Value value = s.lookup(v.name());
            return value != null ? value : UNKNOWN;
        }
        if (e instanceof GetAttr g) {
            return Traversals.getAttr(eval(g.target(), s), g.name());
        }
        if (e instanceof Index i) {
            return Traversals.index(eval(i.target(), s), eval(i.key(), s));
        }
        if (e instanceof Splat sp) {
            return Comprehensions.splat(sp, s, this::eval);
        }
        if (e instanceof SplatItem) {
            Value item = s.lookup(Comprehensions.SPLAT_ITEM);
            return item != null ? item : UNKNOWN;
        }
        if (e instanceof For f) {
            return Comprehensions.forExpression(f, s, this::eval);
        }
        if (e instanceof Conditional c) {
            return conditional(c, s);
        }
        if (e instanceof Binary b) {
            return binary(b, s);
        }
        if (e instanceof Unary u) {
            return Operators.unary(u.op(), eval(u.operand(), s));
        }
        if (e instanceof Parens p) {
            return eval(p.inner(), s);
        }
        if (e instanceof Invalid) {
            // the parser has already reported why
            return UNKNOWN;
        }
        throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
    }

    private Value objectCons(ObjectCons o, Scope s) {
        LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
        for (ObjectItem item : o.items()) {
            String key = item.literalKey();
            if (key == null) {
                Value k = Conversions.known(eval(item.key(), s));
                if (k instanceof Null) {
                    throw new EvalError("an object key cannot be null");
                }
                key = Conversions.toStr(k);
            }
            entries.put(key, eval(item.value(), s));
        }
        return Obj.owning(entries, ObjKind.OBJECT);
    }

    private Value conditional(Conditional c, Scope s) {
        Value condition = Conversions.known(eval(c.condition(), s));
        if (condition instanceof Null) {
            throw new EvalError("the condition value is null");
        }
        return eval(Conversions.toBool(condition) ? c.trueResult() : c.falseResult(), s);
    }

    private Value binary(Binary b, Scope s) {
        if (b.op() == Operator.AND || b.op() == Operator.OR) {
            return logical(b, s);
        }
        return Operators.binary(b.op(), eval(b.left(), s), eval(b.right(), s));
    }

    /**
     * {@code &&} and {@code ||} short-circuit on a known deciding left side, and a known deciding right side
     * decides even when the left side is unknown ({@code var.x && false} is false).
     */
    private Value logical(Binary b, Scope s) {
        boolean decider = b.op() == Operator.OR;
        Value left = eval(b.left(), s);
        if (left.isKnown() && Conversions.toBool(left) == decider) {
            return Bool.of(decider);
        }
        Value right = eval(b.right(), s);
        if (right.isKnown() && Conversions.toBool(right) == decider) {
            return Bool.of(decider);
        }
        Conversions.known(left);
        Conversions.known(right);
        return Bool.of(!decider);
    }

    private Value call(FunctionCall c, Scope s) {
        if (c.name().equals("try")) {
            return tryFunction(c, s);
        }
        if (c.name().equals("can")) {
            return canFunction(c, s);
        }
        List<Value> args = new ArrayList<>(c.args().size());
        for (Expression arg : c.args()) {
            args.add(eval(arg, s));
        }
        FunctionSpec spec = functions.get(c.name());
        if (spec == null) {
            // not a user error: finguard does not implement it (or it is a provider function)
            return UNKNOWN;
        }
        if (c.expandFinal() && !args.isEmpty()) {
            Value last = Conversions.known(args.remove(args.size() - 1));
            if (!(last instanceof Seq seq)) {
                throw new EvalError("the argument expanded with ... must be a list, set or tuple, got "
                        + Conversions.typeName(last));
            }
            args.addAll(seq.elements());
        }
        String arity = spec.arityProblem(args.size());
        if (arity != null) {
            throw new EvalError(arity);
        }
        try {
            return spec.body().call(new Args(args, functionContext));
        } catch (EvalError e) {
            throw new EvalError("in " + c.name() + "(): " + e.getMessage());
        }
    }

    /**
     * Terraform's {@code try}: the first argument that evaluates without an error. An unknown argument makes the
     * result unknown, since it may still fail once known. The errors of failed arguments are not problems.
     */
    private Value tryFunction(FunctionCall c, Scope s) {
        if (c.args().isEmpty()) {
            throw new EvalError("function \"try\" expects at least 1 argument, got 0");
        }
        String failure = null;
        for (Expression arg : c.args()) {
            Mark mark = mark();
            Value v = eval(arg, s);
            if (failedSince(mark)) {
                failure = lastError;
                continue;
            }
            return Conversions.known(v);
        }
        throw new EvalError("in try(): no expression succeeded; the last error was: " + failure);
    }

    /** Terraform's {@code can}: whether its argument evaluates without an error; unknown while it cannot tell. */
    private Value canFunction(FunctionCall c, Scope s) {
        if (c.args().size() != 1) {
            throw new EvalError("function \"can\" expects 1 argument, got " + c.args().size());
        }
        Mark mark = mark();
        Value v = eval(c.args().get(0), s);
        if (failedSince(mark)) {
            return Value.FALSE;
        }
        Conversions.known(v);
        return Value.TRUE;
    }

    /** Gives the functions what they need from this evaluation, without exposing it. */
    private final class CallContext implements FunctionContext {

        @Override
        public Path baseDirectory() {
            return Evaluator.this.baseDirectory();
        }

        @Override
        public Path readableRoot() {
            return files().root();
        }

        @Override
        public void notRead(String name) {
            files().skip(source.name(), name);
        }

        @Override
        public EvalBudget budget() {
            return budget;
        }

        @Override
        public boolean insideTemplateFile() {
            return insideTemplateFile;
        }

        @Override
        public Value renderTemplate(SourceFile template, Obj vars) {
            Expression parsed = TemplateFiles.parse(template);
            // like Terraform, a template may use only the variables it is given: anything else is a mistake
            for (List<String> reference : References.of(parsed)) {
                if (!vars.entries().containsKey(reference.get(0))) {
                    throw new EvalError("the vars map does not contain key \"" + reference.get(0)
                            + "\", referenced in " + template.name());
                }
            }
            Evaluator nested = new Evaluator(Scope.of(vars.entries()), template, baseDirectory(), files(), functions,
                    true, budget);
            Value v = nested.evaluate(parsed);
            if (!nested.problems.isEmpty()) {
                EvalProblem first = nested.problems.iterator().next();
                throw new EvalError(template.name() + ":" + first.range().startLine() + ": " + first.message());
            }
            return v;
        }
    }
}
