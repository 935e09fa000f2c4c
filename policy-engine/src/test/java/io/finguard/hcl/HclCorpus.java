package io.finguard.hcl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The HCL files the parser tests run over: the test corpus and, when present, the repository's fixtures. */
final class HclCorpus {

    private HclCorpus() {
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** Every .tf/.tfvars test resource under hcl/ (error cases excluded) and under ../fixtures if it exists. */
    static List<Path> validFiles() {
        List<Path> files = new ArrayList<>(corpusFiles());
        files.addAll(fixtureFiles());
        return files;
    }

    /** The test corpus alone (the robustness test mutates these; fixtures would only make it slower). */
    static List<Path> corpusFiles() {
        return hclFilesUnder(moduleDir().resolve("src/test/resources/hcl/corpus"));
    }

    static List<Path> fixtureFiles() {
        Path fixtures = moduleDir().resolve("../fixtures").normalize();
        return Files.isDirectory(fixtures) ? hclFilesUnder(fixtures) : List.of();
    }

    static List<Path> errorCases() {
        return hclFilesUnder(moduleDir().resolve("src/test/resources/hcl/errors"));
    }

    static List<Path> hclFilesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/.terraform/"))
                    .filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceFile read(Path file) {
        try {
            return SourceFile.decode(moduleDir().relativize(file.toAbsolutePath().normalize()).toString()
                    .replace('\\', '/'), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
