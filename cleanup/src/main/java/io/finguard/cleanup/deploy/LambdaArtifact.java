package io.finguard.cleanup.deploy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds the Lambda jar to deploy when {@code --code} is not given, looking only for the reactor's
 * {@code cleanup-*-lambda.jar} (a CLI jar bundling more than cleanup would be needlessly large for Lambda):
 * the jar this class was loaded from if it is that jar; else the one beside the {@code classes} directory this class
 * was loaded from; else {@code cleanup/target/} under the working directory (the repository root, where the
 * {@code finguard} wrapper runs).
 */
public final class LambdaArtifact {

    static final String PATTERN = "cleanup-*-lambda.jar";

    private LambdaArtifact() {
    }

    public static Optional<Path> locate() {
        return ownLocation().flatMap(LambdaArtifact::fromLocation)
                .or(() -> firstMatch(Path.of("cleanup", "target")));
    }

    static Optional<Path> fromLocation(Path location) {
        if (Files.isRegularFile(location)) {
            String name = location.getFileName().toString();
            return name.startsWith("cleanup-") && name.endsWith("-lambda.jar") ? Optional.of(location) : Optional.empty();
        }
        Path target = location.getParent();
        return target == null ? Optional.empty() : firstMatch(target);
    }

    private static Optional<Path> ownLocation() {
        CodeSource source = LambdaArtifact.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> firstMatch(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, PATTERN)) {
            for (Path jar : jars) {
                return Optional.of(jar);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
