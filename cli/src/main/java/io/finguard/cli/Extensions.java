package io.finguard.cli;

import io.finguard.cli.spi.SubcommandProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Commands other modules add through {@link SubcommandProvider}: {@code cleanup}. In the build (tests, the
 * reactor) they are on the class path. In the packaged CLI they live in {@value #CLEANUP_JAR} beside
 * {@code finguard.jar}, with the AWS SDK they need, and are loaded here on a class loader of their own; that keeps
 * the SDK's 19,000 entries out of the jar every scan opens (docs/decisions/080-start-up.md). Only the commands
 * that list or run every command come here (see {@link Commands}).
 */
final class Extensions {

    /** The jar the cli module's build writes beside {@code finguard.jar} (cli/pom.xml). */
    static final String CLEANUP_JAR = "finguard-cleanup.jar";

    private Extensions() {
    }

    /** The providers on the class path, or else those of the cleanup jar beside the running jar; maybe none. */
    static List<SubcommandProvider> providers() {
        ClassLoader own = Extensions.class.getClassLoader();
        List<SubcommandProvider> found = load(own);
        if (!found.isEmpty()) {
            return found;
        }
        Optional<Path> jar = besideRunningJar(CLEANUP_JAR);
        if (jar.isEmpty()) {
            return found;
        }
        // Parent first: picocli, Jackson and cli-spi come from finguard.jar, so the commands and the CLI share
        // their classes. Never closed: the commands' classes are in use until the process ends.
        URLClassLoader loader = new URLClassLoader(new URL[]{url(jar.get())}, own);
        // libraries that look resources up through the context class loader (the AWS SDK does) must see the jar
        Thread.currentThread().setContextClassLoader(loader);
        return load(loader);
    }

    private static List<SubcommandProvider> load(ClassLoader loader) {
        List<SubcommandProvider> providers = new ArrayList<>();
        ServiceLoader.load(SubcommandProvider.class, loader).forEach(providers::add);
        return providers;
    }

    /** {@code name} in the directory of the jar this class was loaded from, when it runs from a jar. */
    static Optional<Path> besideRunningJar(String name) {
        CodeSource source = Extensions.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location) || location.getParent() == null) {
                return Optional.empty(); // a classes directory: the build, where extensions are on the class path
            }
            Path candidate = location.getParent().resolve(name);
            return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // not a file: URL; nothing can lie beside it
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException("cannot name " + jar + " as a URL", e));
        }
    }
}
