/**
 * Edits of HCL that rules build their fixes from: {@link io.finguard.api.edit.FileEdits} takes nodes of a parsed
 * file (a resource's {@code syntax().config()} and {@code syntax().block()}) and what to write there
 * ({@link io.finguard.api.edit.HclValue} for a value, {@link io.finguard.api.edit.NewBlock} for a block), and returns
 * minimal {@link io.finguard.api.TextEdit}s: new text indented like its neighbours, in the file's line endings, with
 * {@code =} and trailing comments aligned as {@code terraform fmt} aligns them in the chains the edit joins.
 * Pure text work on the syntax tree: depends on {@code io.finguard.hcl} and the fix types of {@code io.finguard.api}
 * only. See docs/decisions/050-fix-edits.md.
 */
package io.finguard.api.edit;
