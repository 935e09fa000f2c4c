package io.finguard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateMojoTest {

    @TempDir
    Path dir;

    private ValidateMojo mojo(Path directory) {
        ValidateMojo mojo = new ValidateMojo();
        mojo.directory = directory.toFile();
        return mojo;
    }

    @Test
    void passesOnValidTerraform() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n");
        assertDoesNotThrow(() -> mojo(dir).execute());
    }

    @Test
    void failsNamingFileAndLineOnASyntaxError() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n}\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(dir).execute());
        assertTrue(e.getMessage().contains("main.tf:"), e.getMessage());
    }

    @Test
    void brokenSetupIsAnExecutionError() {
        assertThrows(MojoExecutionException.class, () -> mojo(dir.resolve("missing")).execute());
    }

    @Test
    void skipDoesNothing() throws IOException {
        Files.writeString(dir.resolve("main.tf"), "resource {{{");
        ValidateMojo mojo = mojo(dir);
        mojo.skip = true;
        assertDoesNotThrow(mojo::execute);
    }
}
