package io.finguard.terraform.eval;

import io.finguard.hcl.Diagnostic;
import io.finguard.hcl.Expression;
import io.finguard.hcl.ExpressionResult;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

/** Parses the file given to {@code templatefile} as a whole-file template. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The template; a syntax error in it is an error of the {@code templatefile} call. */
    static Expression parse(SourceFile template) {
        ExpressionResult result = HclParser.parseTemplate(template);
        if (!result.diagnostics().isEmpty()) {
            Diagnostic first = result.diagnostics().get(0);
            throw new EvalError(first.toString());
        }
        return result.expression();
    }
}
