package io.finguard.report;

import io.finguard.api.RuleMetadata;
import io.finguard.engine.ReportBase;

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
 * @param base        what every path in a report is written relative to: by default the top of the git repository
 *                    holding the root, else the root (see {@link ReportBase}); SARIF's {@code %SRCROOT%}
 * @param colour      whether the text report may use ANSI colours
 * @param docsLoader  the class loader the rules' docs pages are read from: the one that loaded the rules, so that
 *                    a user's rule jar can bring its own docs
 */
public record ReportContext(String toolVersion, List<RuleMetadata> rules, Path root, ReportBase base,
                            boolean colour, ClassLoader docsLoader) {

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
        // a scan of single files (what pre-commit passes) has their directory as its root: paths and the SARIF
        // base URI are relative to a directory
        if (root != null && Files.isRegularFile(root)) {
            root = root.toAbsolutePath().getParent();
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(docsLoader, "docsLoader");
    }

    /**
     * A context whose paths are relative to the git repository holding {@code root} (else to {@code root}), and whose
     * docs pages come from the class loader that loaded finguard (the built-in rules).
     */
    public ReportContext(String toolVersion, List<RuleMetadata> rules, Path root, boolean colour) {
        this(toolVersion, rules, root, ReportBase.of(directory(root)), colour, ReportContext.class.getClassLoader());
    }

    /** This context with paths written relative to {@code base} instead. */
    public ReportContext withBase(ReportBase other) {
        return new ReportContext(toolVersion, rules, root, other, colour, docsLoader);
    }

    private static Path directory(Path root) {
        return root != null && Files.isRegularFile(root) ? root.toAbsolutePath().getParent() : root;
    }
}
