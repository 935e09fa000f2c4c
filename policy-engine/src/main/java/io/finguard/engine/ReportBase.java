package io.finguard.engine;

import io.finguard.terraform.load.GitRoot;

import java.nio.file.Path;

/**
 * The one directory every path in a report is relative to, so that CI can map it onto the repository: the top level
 * of the git repository holding the scan root, else the scan root itself. A module above it (an environment
 * directory calling {@code ../../modules/compute} from a scan outside any repository) is written with {@code ../}.
 * <p>
 * The model and the scan result keep their paths relative to the scan root (absolute when outside it), which is
 * what the engine resolves files and narrows scans with; reports convert them here, once each, as they write them.
 * Fingerprints do not use paths beyond the root module's directory relative to the scan root, so baselines keep
 * matching (docs/decisions/073-report-paths.md).
 *
 * @param root the scan root the scan's paths are relative to (absolute, normalised), or null when there is none
 * @param dir  the directory report paths are written relative to (absolute, normalised), or null
 */
public record ReportBase(Path root, Path dir) {

    /** Paths are written as the scan has them: there is no root to resolve them against. */
    public static final ReportBase NONE = new ReportBase(null, null);

    public ReportBase {
        root = root == null ? null : root.toAbsolutePath().normalize();
        dir = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    /** The base of a scan rooted at {@code root}: the enclosing git top level, else the root. */
    public static ReportBase of(Path root) {
        if (root == null) {
            return NONE;
        }
        return new ReportBase(root, GitRoot.enclosing(root).orElse(root));
    }

    /** Whether {@code %SRCROOT%} and the paths are the git repository's (else the scan root's). */
    public boolean isRepository() {
        return dir != null && GitRoot.isRoot(dir);
    }

    /**
     * A path as reports write it: {@code file} (relative to the scan root, or absolute) made relative to the base
     * with {@code /}; {@code ../} where it lies above. Null for null or empty (no file: a plan-only finding).
     */
    public String path(String file) {
        String relative = normalise(file);
        if (relative == null || root == null || dir == null) {
            return relative;
        }
        try {
            Path absolute = root.resolve(relative).normalize();
            if (root.equals(dir) && !Path.of(relative).isAbsolute()) {
                return relative; // nothing to convert, and the scan's own spelling is kept
            }
            String out = dir.relativize(absolute).toString().replace('\\', '/');
            return out.isEmpty() ? "." : out;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return relative; // another drive on Windows, or a name the file system cannot hold: as the scan has it
        }
    }

    /** {@code modules\data\main.tf} and {@code ./main.tf} become {@code modules/data/main.tf} and {@code main.tf}. */
    public static String normalise(String file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String out = file.replace('\\', '/');
        while (out.startsWith("./")) {
            out = out.substring(2);
        }
        return out;
    }
}
