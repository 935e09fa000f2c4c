package io.finguard.terraform.load;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Diagnostic;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.Range;
import io.finguard.hcl.SourceFile;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one load: parsed directories (each parsed once, however many instances use it) and what
 * has been collected so far. Confined to the thread running the load.
 */
final class LoadSession {

    final Path root;
    final List<Module> modules = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();
    final List<LoadError> errors = new ArrayList<>();
    private final Map<Path, ParsedModule> parsed = new HashMap<>();

    LoadSession(Path root) {
        this.root = root;
    }

    /** Report path of a file: relative to the scan root with {@code /}, or absolute when outside it. */
    String reportPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    ParsedModule module(Path dir) {
        return parsed.computeIfAbsent(dir, this::parseDirectory);
    }

    boolean isParsed(Path dir) {
        return parsed.containsKey(dir);
    }

    private ParsedModule parseDirectory(Path dir) {
        ParsedModule module = new ParsedModule(dir);
        List<Path> files;
        try {
            files = ModuleDirectories.terraformFiles(dir);
        } catch (IOException e) {
            errors.add(new LoadError(reportPath(dir), 0, "cannot list directory: " + e.getMessage()));
            return module;
        }
        for (Path file : files) {
            ConfigFile config = parseFile(file);
            // A file with syntax errors is reported and left out whole, as Terraform would refuse it: checking a
            // half-recovered block could only produce findings about text the author never wrote.
            if (config != null && !config.hasErrors()) {
                module.add(new ParsedFile(reportPath(file), config));
            }
        }
        return module;
    }

    /** Reads and parses one file; problems become load errors and null (unreadable) or a partial tree. */
    ConfigFile parseFile(Path file) {
        String report = reportPath(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(new LoadError(report, 0, "cannot read file: " + e.getMessage()));
            return null;
        }
        SourceFile source;
        try {
            source = SourceFile.decode(report, bytes);
        } catch (CharacterCodingException e) {
            errors.add(new LoadError(report, 0, "not valid UTF-8 text"));
            return null;
        }
        ConfigFile config = HclParser.parse(source);
        for (Diagnostic d : config.diagnostics()) {
            errors.add(new LoadError(report, d.line(), d.message()));
        }
        return config;
    }

    void error(String file, Range range, String message) {
        errors.add(new LoadError(file, range == null ? 0 : range.startLine(), message));
    }
}
