package io.finguard.terraform.origin;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Expression;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;

import java.util.List;

/**
 * One place a value passes through on its way to a resource's argument.
 *
 * @param kind       what the place is
 * @param file       the file, as reports name it; null for {@code --var}
 * @param line       its line (1-based); 0 for {@code --var}
 * @param text       the source as written there, on one line ({@code retention_in_days = var.days},
 *                   {@code default = null}); for {@code --var} the variable's name
 * @param value      the value there (for a step inside an object, the part the chain follows)
 * @param config     the file's tree, for an edit; null for {@code --var}
 * @param expression the expression that holds the value at this place (inside an object, the entry's value); null
 *                   for {@code --var}
 * @param call       for {@link Kind#ARGUMENT} and {@link Kind#DEFAULT}: the {@code module} block of the caller (null
 *                   for a root module's default)
 * @param variable   for {@link Kind#ARGUMENT}, {@link Kind#DEFAULT}, {@link Kind#INPUT}, {@link Kind#UNSET}: the
 *                   variable's name; for {@link Kind#LOCAL} the local's
 * @param instance   the module instance the step's value belongs to
 * @param path       the entry of the variable or local the chain follows ({@code var.node_group.max_size} gives
 *                   {@code [max_size]}); empty for the whole value
 */
public record ChainStep(Kind kind, String file, int line, String text, Value value, ConfigFile config,
                        Expression expression, SyntaxRef call, String variable, InstanceSource instance,
                        List<String> path) {

    public ChainStep {
        path = path == null ? List.of() : List.copyOf(path);
    }

    public enum Kind {
        /** The resource's own argument, where the chain starts. */
        ATTRIBUTE,
        /** A {@code locals} entry. */
        LOCAL,
        /** An argument of the {@code module} block that sets a variable of the instance. */
        ARGUMENT,
        /** A variable's {@code default}, used because nobody sets the variable. */
        DEFAULT,
        /** A tfvars entry, or {@code --var}, that sets a root module's variable. */
        INPUT,
        /** A variable nobody sets and that has no default: its value is unknown. */
        UNSET
    }

    /** {@code file:line}, or {@code --var NAME} for the command line. */
    public String where() {
        return file == null ? "--var " + variable : file + ":" + line;
    }
}
