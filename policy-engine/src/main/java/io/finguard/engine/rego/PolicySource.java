package io.finguard.engine.rego;

import io.finguard.rego.RegoVersion;
import java.nio.file.Path;
import java.util.List;

/**
 * A directory (or file) of policies and how to read it.
 *
 * @param path          the {@code .rego} files (and data files) below it
 * @param version       the Rego syntax of its files without {@code import rego.v1}
 * @param namespaces    the packages whose {@code deny}/{@code violation}/{@code warn} rules count ({@code main} when
 *                      empty, as in conftest)
 * @param allNamespaces every package counts
 */
public record PolicySource(Path path, RegoVersion version, List<String> namespaces, boolean allNamespaces) {

    public PolicySource {
        namespaces = List.copyOf(namespaces);
    }

    /** Whether a package's rules count. */
    public boolean includes(String packageName) {
        return allNamespaces || (namespaces.isEmpty() ? List.of("main") : namespaces).contains(packageName);
    }
}
