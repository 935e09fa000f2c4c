package io.finguard.report;

import io.finguard.api.RuleMetadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What renderers need beyond the scan result. The version is passed in as a string so that reports never depend on
 * the CLI package that stamps it.
 *
 * @param toolVersion the finguard version written into JSON and SARIF
 * @param rules       metadata of the rules that ran (SARIF lists them with their help)
 * @param root        the scan root directory that findings' files are relative to; the text report reads source
 *                    lines from it (null: no source lines are shown; a file: its directory)
 * @param colour      whether the text report may use ANSI colours
 * @param docsLoader  the class loader the rules' docs pages are read from: the one that loaded the rules, so that
 *                    a user's rule jar can bring its own docs
 */
public record ReportContext(String toolVersion, List<RuleMetadata> rules, Path root, boolean colour,
                            ClassLoader docsLoader) {

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
        // a scan of single files (what pre-commit passes) has their directory as its root: paths and the SARIF
        // base URI are relative to a directory
        if (root != null && Files.isRegularFile(root)) {
            root = root.toAbsolutePath().getParent();
        }
        Objects.requireNonNull(docsLoader, "docsLoader");
    }

    /** A context whose docs pages come from the class loader that loaded finguard (the built-in rules). */
    public ReportContext(String toolVersion, List<RuleMetadata> rules, Path root, boolean colour) {
        this(toolVersion, rules, root, colour, ReportContext.class.getClassLoader());
    }
}
