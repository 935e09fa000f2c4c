package io.finguard.fix;

import io.finguard.engine.ReportBase;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.util.QuotedString;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The unified diff of a fix, as {@code git diff} writes it so that {@code git apply} (and {@code patch -p1}) take
 * it: {@code diff --git a/<path> b/<path>} headers, three lines of context, hunks from JGit's histogram diff.
 * Line ends are kept as they are (a CRLF file gets CRLF lines), and a last line without a newline is marked
 * {@code \ No newline at end of file}.
 * <p>
 * Paths are relative to {@link #base}: the top of the git repository holding the scan root, because
 * {@code git apply} reads paths from there wherever it is run in the work tree; outside a repository, the scan
 * root, where {@code git apply} or {@code patch -p1} is then run.
 */
public final class UnifiedDiff {

    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    /**
     * The directory the diff's paths are relative to: the git top-level holding {@code root}, else {@code root};
     * widened to a common parent if some changed file lies outside it (a file named outside the scan root).
     */
    public static Path base(Path root, List<FixResult.FileFix> files) {
        Path base = ReportBase.of(root).dir();
        for (FixResult.FileFix f : files) {
            while (!f.file().startsWith(base) && base.getParent() != null) {
                base = base.getParent();
            }
        }
        return base;
    }

    /** The diff of a fix run's changed files, paths relative to {@link #base}; empty when nothing changed. */
    public static String of(FixResult result) {
        return of(base(result.root(), result.files()), result.files());
    }

    /** The diff of every changed file, in order; empty when nothing changed. */
    public static String of(Path base, List<FixResult.FileFix> files) {
        StringBuilder out = new StringBuilder();
        for (FixResult.FileFix f : files) {
            String path = base.relativize(f.file()).toString().replace('\\', '/');
            String a = name("a/" + path);
            String b = name("b/" + path);
            out.append("diff --git ").append(a).append(' ').append(b).append('\n')
                    .append("--- ").append(a).append(tab(path)).append('\n')
                    .append("+++ ").append(b).append(tab(path)).append('\n')
                    .append(hunks(f.original(), f.fixed()));
        }
        return out.toString();
    }

    /** A path as git writes it: C-quoted with octal escapes when it has a quote, backslash, control or non-ASCII. */
    private static String name(String path) {
        return QuotedString.GIT_PATH.quote(path);
    }

    /** git ends a {@code ---}/{@code +++} name that contains a space with a tab, so tools know where it ends. */
    private static String tab(String path) {
        return path.indexOf(' ') >= 0 ? "\t" : "";
    }

    private static String hunks(String original, String fixed) {
        RawText a = new RawText(original.getBytes(StandardCharsets.UTF_8));
        RawText b = new RawText(fixed.getBytes(StandardCharsets.UTF_8));
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, a, b);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(bytes)) {
            formatter.setContext(CONTEXT_LINES);
            formatter.format(edits, a, b);
            formatter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
