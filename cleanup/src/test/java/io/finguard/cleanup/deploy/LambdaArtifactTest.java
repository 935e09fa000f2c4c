package io.finguard.cleanup.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaArtifactTest {

    @Test
    void findsTheLambdaJarBesideAClassesDirectoryOrIsIt(@TempDir Path target) throws Exception {
        Path classes = Files.createDirectory(target.resolve("classes"));
        assertEquals(Optional.empty(), LambdaArtifact.fromLocation(classes));

        Path jar = Files.write(target.resolve("cleanup-1.0-lambda.jar"), new byte[] {1});
        assertEquals(Optional.of(jar), LambdaArtifact.fromLocation(classes));
        assertEquals(Optional.of(jar), LambdaArtifact.fromLocation(jar));
    }

    @Test
    void neverPicksAnotherJar(@TempDir Path dir) throws Exception {
        Path cliJar = Files.write(dir.resolve("finguard-cli-1.0.jar"), new byte[] {1});
        assertEquals(Optional.empty(), LambdaArtifact.fromLocation(cliJar));
    }
}
