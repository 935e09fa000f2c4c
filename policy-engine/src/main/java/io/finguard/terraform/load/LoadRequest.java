package io.finguard.terraform.load;

import java.nio.file.Path;
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
 */
public record LoadRequest(List<Path> paths, Path root, List<Path> varFiles, Map<String, String> vars,
                          List<String> exclude) {

    public static LoadRequest of(Path root, List<Path> paths) {
        return new LoadRequest(paths, root, List.of(), Map.of(), List.of());
    }
}
