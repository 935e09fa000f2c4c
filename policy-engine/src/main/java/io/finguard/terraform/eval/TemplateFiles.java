package io.finguard.terraform.eval;

import io.finguard.hcl.Expression;
import io.finguard.hcl.SourceFile;

/** Parses the file given to {@code templatefile} as a whole-file template. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The template, or null while no template parser is available (the call then evaluates to unknown). */
    static Expression parse(SourceFile template) {
        return null;
    }
}
