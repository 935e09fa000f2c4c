package io.finguard.terraform.load;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Diagnostic;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.NameTable;
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
    /** The root as a string ending with a separator: what {@link #reportPath} cuts off. */
    private final String rootPrefix;
    /**
     * File functions read nothing outside the git repository that holds the scan root (outside a repository: the
     * scan root), so that {@code envs/prod} calling {@code ../../modules/compute} reads that module's templates,
     * while a symbolic link out or an absolute path elsewhere is never read.
     */
    final io.finguard.terraform.eval.FileAccess files;
    final List<Module> modules = new ArrayList<>();
    /** Variable declarations read once per load, whatever number of instances use them. */
    final VariableValues variableValues = new VariableValues(this);
    final List<Resource> resources = new ArrayList<>();
    /** What each module instance declares, for value chains (see {@link InstanceSources}). */
    final io.finguard.terraform.origin.ValueSources sources = new io.finguard.terraform.origin.ValueSources();
    final List<LoadError> errors = new ArrayList<>();
    private final Map<Path, ParsedModule> parsed = new HashMap<>();
    private final Map<Path, Parsed> preparsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** References of graph expressions, by identity: a module used by many instances is walked once. */
    private final Map<io.finguard.hcl.Expression, List<List<String>>> references = new java.util.IdentityHashMap<>();

    List<List<String>> references(io.finguard.hcl.Expression expression) {
        return references.computeIfAbsent(expression, io.finguard.terraform.eval.References::of);
    }

    /** Texts that replace files on disk (see {@link LoadRequest#overlay}). */
    private final Map<Path, String> overlay;
    /** One table for the load: every module's {@code var} and {@code tags} are one string (see NameTable). */
    private final NameTable names = new NameTable();

    LoadSession(Path root, Map<Path, String> overlay) {
        this.root = root;
        String rootText = root.toString();
        this.rootPrefix = rootText.endsWith(java.io.File.separator) ? rootText : rootText + java.io.File.separator;
        this.files = new io.finguard.terraform.eval.FileAccess(GitRoot.enclosing(root).orElse(root));
        this.overlay = overlay;
    }

    private final java.util.Set<LoadError> evaluationErrors = new java.util.HashSet<>();

    /** Records an evaluation error once, however many instances or validations meet it. */
    void evaluationError(String file, int line, String message) {
        LoadError error = LoadError.evaluation(file, line, message);
        if (evaluationErrors.add(error)) {
            errors.add(error);
        }
    }

    /** Report path of a file: relative to the scan root with {@code /}, or absolute when outside it. */
    String reportPath(Path file) {
        // Every file's path is made twice (read, then placed in its module), and Path.relativize showed in
        // allocation profiles: a normalised absolute path under the root is cut as a string instead
        String text = file.toString();
        if (file.isAbsolute() && text.startsWith(rootPrefix) && text.length() > rootPrefix.length()
                && isNormalised(text)) {
            return text.substring(rootPrefix.length()).replace('\\', '/');
        }
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static boolean isNormalised(String path) {
        String sep = java.io.File.separator;
        return !path.contains(sep + "." + sep) && !path.contains(sep + ".." + sep) && !path.endsWith(sep + ".")
                && !path.endsWith(sep + "..") && !path.contains(sep + sep);
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
            List<Path> listed = listed(dir);
            files = listed != null ? listed : ModuleDirectories.terraformFiles(dir);
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

    /** Directory listings made by {@link #preparse}, used once more when the directory is parsed. */
    private final Map<Path, List<Path>> listedFiles = new HashMap<>();

    private List<Path> listed(Path dir) {
        return listedFiles.remove(dir);
    }

    /** A file read and parsed: the tree (null when unreadable) and the problems found. */
    private record Parsed(ConfigFile config, List<LoadError> errors) {
    }

    /**
     * Reads and parses files on all cores ahead of the (sequential) evaluation: parsing is most of a load and
     * files are independent. Errors are still reported in the order files are used.
     */
    void preparse(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                List<Path> inDir = ModuleDirectories.terraformFiles(dir);
                listedFiles.put(dir, inDir);
                files.addAll(inDir);
            } catch (IOException e) {
                // reported when the directory is parsed
            }
        }
        files.parallelStream().forEach(f -> preparsed.put(f, read(f)));
    }

    /** Reads and parses one file; problems become load errors and null (unreadable) or a partial tree. */
    ConfigFile parseFile(Path file) {
        Parsed parsed = preparsed.remove(file);
        if (parsed == null) {
            parsed = read(file);
        }
        errors.addAll(parsed.errors());
        return parsed.config();
    }

    private Parsed read(Path file) {
        String report = reportPath(file);
        String replaced = overlay.isEmpty() ? null : overlay.get(file.toAbsolutePath().normalize());
        if (replaced != null) {
            return parse(new SourceFile(report, replaced));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Parsed(null, List.of(new LoadError(report, 0, "cannot read file: " + e.getMessage())));
        }
        SourceFile source;
        try {
            source = SourceFile.decode(report, bytes);
        } catch (CharacterCodingException e) {
            return new Parsed(null, List.of(new LoadError(report, 0, "not valid UTF-8 text")));
        }
        return parse(source);
    }

    private Parsed parse(SourceFile source) {
        ConfigFile config = HclParser.parse(source, names);
        List<LoadError> problems = new ArrayList<>();
        for (Diagnostic d : config.diagnostics()) {
            problems.add(new LoadError(source.name(), d.line(), d.message()));
        }
        return new Parsed(config, problems);
    }

    void error(String file, Range range, String message) {
        errors.add(new LoadError(file, range == null ? 0 : range.startLine(), message));
    }
}
