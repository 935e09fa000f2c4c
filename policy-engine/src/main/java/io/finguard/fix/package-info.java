/**
 * Applies fixes: splices the rules' text edits into the files (a fix that overlaps one already taken waits for the
 * next pass), re-parses the result, repeats scan and apply until nothing changes
 * ({@link io.finguard.fix.FixService}), and turns the result into a unified diff, an atomic write or a commit on a
 * new git branch (through JGit). Knows the rule API, the syntax tree, the Terraform model's load errors and the
 * engine; knows nothing of report formats or the CLI.
 */
package io.finguard.fix;
