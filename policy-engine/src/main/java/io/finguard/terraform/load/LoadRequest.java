package io.finguard.terraform.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to load.
 *
 * @param paths    directories (searched recursively) and files; empty means the current directory
 * @param root     the scan root that report paths are relative to
 * @param varFiles {@code --var-file} files, applied in order after {@code terraform.tfvars} and
 *                 {@code *.auto.tfvars}
 * @param vars     {@code --var name=value} pairs, applied last
 * @param exclude  glob patterns (relative to the root, {@code /}-separated) of paths to skip
 * @param overlay  texts to read instead of what is on disk, by absolute normalised path: {@code finguard fix}
 *                 re-scans its fixed texts without writing them. It replaces the content of Terraform files that
 *                 are found on disk; it adds no file of its own
 */
public record LoadRequest(List<Path> paths, Path root, List<Path> varFiles, Map<String, String> vars,
                          List<String> exclude, Map<Path, String> overlay) {

    public LoadRequest {
        Map<Path, String> normalised = new HashMap<>();
        overlay.forEach((path, text) -> normalised.put(path.toAbsolutePath().normalize(), text));
        overlay = Map.copyOf(normalised);
    }

    /** A request that reads every file from disk. */
    public LoadRequest(List<Path> paths, Path root, List<Path> varFiles, Map<String, String> vars,
                       List<String> exclude) {
        this(paths, root, varFiles, vars, exclude, Map.of());
    }

    public static LoadRequest of(Path root, List<Path> paths) {
        return new LoadRequest(paths, root, List.of(), Map.of(), List.of());
    }
}
