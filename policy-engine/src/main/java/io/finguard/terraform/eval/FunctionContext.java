package io.finguard.terraform.eval;

import io.finguard.hcl.SourceFile;
import io.finguard.terraform.Value;

import java.nio.file.Path;

/** What the file functions need from the evaluation that calls them. */
interface FunctionContext {

    /** The root module's directory: relative paths resolve against it, as Terraform runs there. */
    Path baseDirectory();

    /** No file outside this directory is read: such a file's content is unknown. */
    Path readableRoot();

    /** Records that the file {@code name} was not read, being outside {@link #readableRoot()}. */
    void notRead(String name);

    /** Terraform refuses {@code templatefile} inside a template rendered by {@code templatefile}. */
    boolean insideTemplateFile();

    /**
     * Parses {@code template} as a whole-file template and renders it with {@code vars} as the only names;
     * raises {@link EvalError} on a syntax or evaluation error in the template or a name {@code vars} lacks.
     */
    Value renderTemplate(SourceFile template, Value.Obj vars);
}
