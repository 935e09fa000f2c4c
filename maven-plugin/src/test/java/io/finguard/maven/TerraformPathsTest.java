package io.finguard.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerraformPathsTest {

    @TempDir
    Path tmp;

    private Path dir;

    private Path file(String name) throws IOException {
        dir = tmp.toAbsolutePath().normalize();
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "");
        return p;
    }

    @Test
    void aDirectoryWithNothingLeftOutIsScannedWhole() throws IOException {
        file("main.tf");
        file("target/generated/copy.txt"); // a build directory without Terraform changes nothing
        TerraformPaths paths = TerraformPaths.find(dir, List.of(dir.resolve("target")));
        assertEquals(List.of(dir), paths.paths());
        assertTrue(paths.hasTerraform());
    }

    @Test
    void childModulesWithTerraformAreLeftOutAndTheRestNamedAroundThem() throws IOException {
        file("main.tf");
        file("variables.tf");
        file("modules/vpc/main.tf");
        file("services/api/main.tf");    // a child module, nested one level down
        file("services/shared/main.tf"); // not a module: scanned here
        file("services/README.md");
        file("target/copied/main.tf");
        file(".terraform/modules/x/main.tf");
        TerraformPaths paths = TerraformPaths.find(dir, List.of(dir.resolve("services/api"), dir.resolve("target")));
        assertEquals(List.of(dir.resolve("main.tf"), dir.resolve("modules"), dir.resolve("services/shared"),
                dir.resolve("variables.tf")), paths.paths());
        assertTrue(paths.hasTerraform());
    }

    @Test
    void aParentWhoseTerraformIsAllInItsChildrenHasNone() throws IOException {
        file("pom.xml");
        file("a/main.tf");
        file("b/main.tf");
        TerraformPaths paths = TerraformPaths.find(dir, List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("../x")));
        assertEquals(List.of(), paths.paths());
        assertFalse(paths.hasTerraform());
    }

    @Test
    void terraformOnlyInSkippedDirectoriesDoesNotCount() throws IOException {
        file(".terraform/modules/vpc/main.tf");
        file(".git/x.tf");
        file("notes.tfvars");
        assertFalse(TerraformPaths.find(dir, List.of()).hasTerraform());
    }
}
