package io.finguard.terraform.origin;

import io.finguard.terraform.Value;
import io.finguard.terraform.eval.ValueJson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the value of a resource's argument comes from: the places it flows through, from the argument itself to
 * where it is written as a literal, left to a variable's default, or computed. Rules name it in their messages
 * ({@link #describe}) and fixes edit its {@link #source()} rather than the resource block.
 *
 * @param steps the places, the resource's argument first; empty when the argument is not written
 * @param end   how the chain ends
 * @param paths how its words name files: the scan's paths made relative to where reports name them from (the git
 *              top, decision 073); the steps keep the scan's paths, which reports convert themselves
 */
public record ValueChain(List<ChainStep> steps, End end, UnaryOperator<String> paths) {

    private static final int MAX_VALUE_TEXT = 40;

    public ValueChain {
        steps = List.copyOf(steps);
        paths = paths == null ? UnaryOperator.identity() : paths;
    }

    public ValueChain(List<ChainStep> steps, End end) {
        this(steps, end, null);
    }

    /** This chain, naming files with {@code names}. */
    public ValueChain withPaths(UnaryOperator<String> names) {
        return new ValueChain(steps, end, names);
    }

    public enum End {
        /** The argument is not written in the resource's block. */
        ABSENT,
        /** A literal (a number, bool, null, or string without interpolation) written at the last step. */
        LITERAL,
        /** A module's variable that its caller does not set, so its default (the last step) applies. */
        NOT_SET,
        /** An expression that is not a plain reference to a variable, local or object entry (the last step). */
        COMPUTED,
        /** A root module's variable set by {@code --var}. */
        COMMAND_LINE,
        /** A variable that nothing sets and that has no default. */
        UNKNOWN
    }

    public static final ValueChain ABSENT = new ValueChain(List.of(), End.ABSENT, null);

    /** True when the value flows from somewhere else than the resource's own block: there is a chain to name. */
    public boolean indirect() {
        return steps.size() > 1;
    }

    /** The last place: where the value is set (or left to a default, or computed). Null when absent. */
    public ChainStep source() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    /** The resource's own argument; null when absent. */
    public ChainStep start() {
        return steps.isEmpty() ? null : steps.get(0);
    }

    /**
     * The chain in words, naming every place and the {@code module} block of each caller:
     * {@code retention_in_days = var.days, which is null: the variable's default (modules/logs/variables.tf:4), not
     * set by module "logs" (main.tf:12)}. Empty when the value is written in the resource's block.
     */
    public String describe() {
        return text(false);
    }

    /**
     * The same, but the same for every instance of the resource's block: what lies beyond the module that holds the
     * resource (its callers, their arguments, tfvars) is "the module block that calls it", since each instance has
     * its own (docs/decisions/076-value-chains-and-fixes-at-source.md).
     */
    public String describePlace() {
        return text(true);
    }

    /**
     * What every instance of the resource's block with this value shares, whatever its chain: the argument as written
     * and its value, and that the place it is set differs between instances. A finding of instances whose chains
     * differ even within the module (one caller sets the variable, another leaves it to its default) says this.
     */
    public String describeShort() {
        if (!indirect()) {
            return "";
        }
        ChainStep first = steps.get(0);
        return first.text() + ", which is " + valueText(first.value())
                + ": set in different places for its instances";
    }

    private String text(boolean place) {
        if (!indirect()) {
            return "";
        }
        ChainStep first = steps.get(0);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            boolean last = i == steps.size() - 1;
            boolean crossed = step.instance() != first.instance();
            if (place && crossed) {
                parts.add("set by the module block that calls it");
                break;
            }
            parts.add(phrase(step, last, place));
        }
        return first.text() + ", which is " + valueText(first.value()) + ": " + String.join(", ", parts);
    }

    private String phrase(ChainStep step, boolean last, boolean place) {
        String tail = last ? (end == End.COMPUTED ? " as " + expressionText(step) : "")
                : " to " + expressionText(step);
        String where = where(step);
        return switch (step.kind()) {
            case LOCAL -> "set in locals (" + where + ")" + tail;
            case ARGUMENT -> "set by " + moduleName(step) + " (" + where + ")" + tail;
            case INPUT -> step.file() == null ? "set by --var " + step.variable() : "set in " + where + tail;
            case DEFAULT -> "the variable's default (" + where + ")" + tail + (step.call() == null ? ""
                    : place ? ", not set by the module block that calls it"
                    : ", not set by " + callText(step));
            case UNSET -> "var." + step.variable() + ", which nothing sets and which has no default (" + where + ")";
            case ATTRIBUTE -> step.text();
        };
    }

    /** A step's {@code file:line} as reports name the file. */
    public String where(ChainStep step) {
        return step.file() == null ? step.where() : paths.apply(step.file()) + ":" + step.line();
    }

    /** The caller's {@code module} block of a step: {@code module "logs" (envs/prod/main.tf:12)}. */
    public String callText(ChainStep step) {
        return moduleName(step) + " (" + paths.apply(step.call().file()) + ":"
                + step.call().block().range().startLine() + ")";
    }

    private static String moduleName(ChainStep step) {
        return "module \"" + step.call().block().labelValues().get(0) + "\"";
    }

    /** The expression at a step as written, on one line. */
    static String expressionText(ChainStep step) {
        if (step.expression() == null || step.config() == null) {
            return step.text();
        }
        return SourceText.of(step.config(), step.expression().range());
    }

    /** A value as a message shows it: JSON, cut to a readable length. */
    public static String valueText(Value value) {
        if (value == null || value instanceof Value.Null) {
            return "null";
        }
        if (value instanceof Value.Unknown) {
            return "unknown";
        }
        String text = ValueJson.toString(value);
        return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
    }
}
