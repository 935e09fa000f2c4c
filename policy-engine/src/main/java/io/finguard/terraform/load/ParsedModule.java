package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.terraform.SyntaxRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level declarations of one module directory, across all its {@code .tf} files, not yet evaluated.
 * Parsed once per directory and reused by every instance of the module.
 */
final class ParsedModule {

    /** A {@code locals} entry and the file it is in. */
    record LocalDecl(String file, io.finguard.hcl.ConfigFile config, Attribute attribute) {
    }

    final Path dir;
    final List<ParsedFile> files = new ArrayList<>();
    final Map<String, SyntaxRef> variables = new LinkedHashMap<>();
    final Map<String, LocalDecl> locals = new LinkedHashMap<>();
    final List<SyntaxRef> providers = new ArrayList<>();
    final List<SyntaxRef> resources = new ArrayList<>();
    final List<SyntaxRef> dataSources = new ArrayList<>();
    final Map<String, SyntaxRef> moduleCalls = new LinkedHashMap<>();
    final Map<String, SyntaxRef> outputs = new LinkedHashMap<>();

    ParsedModule(Path dir) {
        this.dir = dir;
    }

    void add(ParsedFile file) {
        files.add(file);
        for (Block block : file.config().body().blocks()) {
            SyntaxRef ref = new SyntaxRef(file.reportPath(), file.config(), block);
            List<String> labels = block.labelValues();
            switch (block.type()) {
                case "variable" -> {
                    if (labels.size() == 1) {
                        variables.putIfAbsent(labels.get(0), ref);
                    }
                }
                case "locals" -> {
                    for (Attribute a : block.body().attributes()) {
                        locals.putIfAbsent(a.name(), new LocalDecl(file.reportPath(), file.config(), a));
                    }
                }
                case "provider" -> {
                    if (labels.size() == 1) {
                        providers.add(ref);
                    }
                }
                case "resource" -> {
                    if (labels.size() == 2) {
                        resources.add(ref);
                    }
                }
                case "data" -> {
                    if (labels.size() == 2) {
                        dataSources.add(ref);
                    }
                }
                case "module" -> {
                    if (labels.size() == 1) {
                        moduleCalls.putIfAbsent(labels.get(0), ref);
                    }
                }
                case "output" -> {
                    if (labels.size() == 1) {
                        outputs.putIfAbsent(labels.get(0), ref);
                    }
                }
                default -> {
                    // terraform, moved, import, check, removed blocks: nothing a cost rule reads
                }
            }
        }
    }

    /** The literal {@code source} of a module call, or null when it is missing or not a literal string. */
    static String moduleSource(SyntaxRef call) {
        Attribute source = call.block().body().attribute("source");
        if (source != null && source.value() instanceof io.finguard.hcl.Expression.Template t) {
            return t.literalValue();
        }
        return null;
    }

    static boolean isLocalSource(String source) {
        return source != null && (source.startsWith("./") || source.startsWith("../"));
    }

    /**
     * The directories this module calls as local modules ({@code source = "./…"} or {@code "../…"}), resolved against
     * its directory; a call of itself is left out. What makes a directory "called" rather than a root.
     */
    Set<Path> localCallees() {
        Set<Path> callees = new LinkedHashSet<>();
        for (SyntaxRef call : moduleCalls.values()) {
            String source = moduleSource(call);
            if (isLocalSource(source)) {
                Path target = dir.resolve(source).normalize();
                if (!target.equals(dir)) {
                    callees.add(target);
                }
            }
        }
        return callees;
    }
}
