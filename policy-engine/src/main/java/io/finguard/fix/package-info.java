/**
 * Applies fixes: splices the rules' text edits into the files (refusing overlapping edits), re-parses the result,
 * and turns it into a unified diff, an atomic write or a git branch. Knows the rule API and the syntax tree;
 * knows nothing of report formats or the CLI.
 */
package io.finguard.fix;
