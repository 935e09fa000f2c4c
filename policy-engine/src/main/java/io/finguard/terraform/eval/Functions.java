package io.finguard.terraform.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Terraform built-in functions finguard implements, grouped by area in their own classes. {@code try} and
 * {@code can} are not here: they need their arguments unevaluated, so {@link Evaluator} handles them.
 * A function that is not here evaluates to unknown: it is a gap in finguard, not a mistake of the user.
 */
public final class Functions {

    private static final Functions STANDARD = build();

    private final Map<String, FunctionSpec> specs;

    private Functions(Map<String, FunctionSpec> specs) {
        this.specs = specs;
    }

    /** The standard set; immutable and shared. */
    public static Functions standard() {
        return STANDARD;
    }

    private static Functions build() {
        FunctionTable table = new FunctionTable();
        StringFunctions.register(table);
        RegexFunctions.register(table);
        FormatFunctions.register(table);
        CollectionFunctions.register(table);
        MapFunctions.register(table);
        SetFunctions.register(table);
        NumberFunctions.register(table);
        TypeFunctions.register(table);
        EncodingFunctions.register(table);
        NetworkFunctions.register(table);
        FileFunctions.register(table);
        ApplyTimeFunctions.register(table);
        return new Functions(table.build());
    }

    /** True for the functions evaluated here, including {@code try} and {@code can}. */
    public boolean isImplemented(String name) {
        return specs.containsKey(name) || Evaluator.LAZY_FUNCTIONS.contains(name);
    }

    /** Every implemented function name, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(specs.keySet());
        names.addAll(Evaluator.LAZY_FUNCTIONS);
        return names;
    }

    FunctionSpec get(String name) {
        return specs.get(name);
    }
}
