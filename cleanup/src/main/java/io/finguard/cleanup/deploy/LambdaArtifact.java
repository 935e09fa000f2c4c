package io.finguard.cleanup.deploy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds the jar to deploy when {@code --code} is not given: the jar this class was loaded from (the shaded Lambda
 * jar, or a CLI jar that bundles cleanup), or, when running from a build's {@code classes} directory, the
 * {@code cleanup-*-lambda.jar} the reactor built beside it.
 */
public final class LambdaArtifact {

    private LambdaArtifact() {
    }

    public static Optional<Path> locate() {
        CodeSource source = LambdaArtifact.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                return Optional.of(p);
            }
            Path target = p.getParent();
            if (target == null || !Files.isDirectory(target)) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "cleanup-*-lambda.jar")) {
                for (Path jar : jars) {
                    return Optional.of(jar);
                }
            }
            return Optional.empty();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
