package io.finguard.terraform.load;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.HclParser;
import io.finguard.hcl.SourceFile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module directories a scan of a few named files must load to evaluate them exactly as a scan of the whole tree
 * does: their own directories and every directory that calls one of those, directly or through other local modules.
 * In a whole-tree scan a called directory is evaluated only through its callers (with their inputs and provider
 * {@code default_tags}); with all its callers loaded, it is here too, under the same addresses, and every loaded
 * directory is a root exactly when it is one in the whole tree. What the callers call in turn is loaded through
 * their calls, as always. Everything else (the other roots of a repository) is left out: that is most of the load
 * of a pre-commit run (docs/decisions/080-start-up.md).
 * <p>
 * Finding the callers needs the module calls of every directory, but only a file with a {@code module} block has
 * any, and a block starts at the beginning of a line or after a comment, always with the word {@code module}
 * followed by its label: files without such text are read and not parsed.
 */
public final class CallerClosure {

    private final Path root;
    private final List<String> exclude;
    private final Map<Path, String> overlay;

    /**
     * @param root    the scan root, whose tree is searched for callers (skipping {@code exclude})
     * @param overlay texts to read instead of files on disk, as in {@link LoadRequest#overlay}
     */
    public CallerClosure(Path root, List<String> exclude, Map<Path, String> overlay) {
        this.root = root.toAbsolutePath().normalize();
        this.exclude = exclude;
        this.overlay = new LoadRequest(List.of(), root, List.of(), Map.of(), List.of(), overlay).overlay();
    }

    /**
     * The directories to load for {@code named} files and directories (absolute, sorted): their module directories
     * and all their callers under the root.
     */
    public List<Path> directories(Collection<Path> named) {
        return directories(named, false);
    }

    /**
     * The {@code .tf} files of {@link #directories}: as {@link LoadRequest#paths}, they make the loader load exactly
     * those directories (a directory given there would be searched recursively).
     */
    public List<Path> files(Collection<Path> named) {
        return files(directories(named, false));
    }

    /**
     * The {@code .tf} files to load so that a scan reports for {@code changed} files (absolute, as git lists what a
     * pull request changes) what a scan of the whole root reports for them. Unlike a named file, a changed file
     * counts only where that scan would load it: a {@code .tf} or {@code .tfvars} file in a directory of the tree
     * (so not under {@code exclude}), as git lists files of every kind anywhere in the repository. Empty when no
     * such file changed.
     */
    public List<Path> filesForChanged(Collection<Path> changed) {
        List<Path> terraform = changed.stream().filter(CallerClosure::isTerraform).toList();
        return terraform.isEmpty() ? List.of() : files(directories(terraform, true));
    }

    private static boolean isTerraform(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".tf") || name.endsWith(".tfvars");
    }

    /** @param onlyInTree a file's directory counts only when the tree has it (changed files, not named ones) */
    private List<Path> directories(Collection<Path> named, boolean onlyInTree) {
        List<Path> tree = new ModuleDirectories(root, exclude).find(List.of(root)).directories();
        Set<Path> seeds = new TreeSet<>();
        for (Path path : named) {
            Path p = path.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                tree.stream().filter(d -> d.startsWith(p)).forEach(seeds::add);
                seeds.add(p);
            } else if (p.getParent() != null && (!onlyInTree || tree.contains(p.getParent()))) {
                seeds.add(p.getParent());
            }
        }
        if (seeds.isEmpty()) {
            return List.of();
        }
        Map<Path, List<Path>> callers = callers(tree);
        Set<Path> out = new TreeSet<>(seeds);
        Deque<Path> work = new ArrayDeque<>(seeds);
        while (!work.isEmpty()) {
            for (Path caller : callers.getOrDefault(work.pop(), List.of())) {
                if (out.add(caller)) {
                    work.push(caller);
                }
            }
        }
        out.removeIf(d -> !tree.contains(d) && !seeds.contains(d));
        return List.copyOf(out);
    }

    private static List<Path> files(List<Path> directories) {
        List<Path> files = new ArrayList<>();
        for (Path dir : directories) {
            try {
                files.addAll(ModuleDirectories.terraformFiles(dir));
            } catch (IOException e) {
                files.add(dir); // the loader reports why it cannot be listed
            }
        }
        return files;
    }

    /** For each called directory, the directories that call it as a local module (as the loader resolves them). */
    private Map<Path, List<Path>> callers(List<Path> dirs) {
        // reading every file of the tree is most of the work; directories are independent (as in the loader's
        // preparse), and the callers are then listed in the directories' order, whatever order they were read in
        Map<Path, Set<Path>> callees = new ConcurrentHashMap<>();
        dirs.parallelStream().forEach(dir -> callees.put(dir, callees(dir)));
        Map<Path, List<Path>> callers = new HashMap<>();
        for (Path dir : dirs) {
            for (Path target : callees.get(dir)) {
                callers.computeIfAbsent(target, t -> new ArrayList<>()).add(dir);
            }
        }
        return callers;
    }

    /** The local module directories one directory calls, from the files that can declare a call. */
    private Set<Path> callees(Path dir) {
        ParsedModule module = new ParsedModule(dir);
        List<Path> files;
        try {
            files = ModuleDirectories.terraformFiles(dir);
        } catch (IOException e) {
            return Set.of(); // the loader reports an unreadable directory if it is loaded
        }
        for (Path file : files) { // in Terraform's file order, as the loader adds them
            String text = text(file);
            if (text != null && mayDeclareModule(text)) {
                ConfigFile config = HclParser.parse(new SourceFile(file.toString(), text));
                if (!config.hasErrors()) { // as the loader, which leaves out a file with syntax errors whole
                    module.add(new ParsedFile(file.toString(), config));
                }
            }
        }
        return module.localCallees();
    }

    private String text(Path file) {
        String replaced = overlay.get(file);
        if (replaced != null) {
            return replaced;
        }
        try {
            return SourceFile.decode(file.toString(), Files.readAllBytes(file)).text();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the loader leaves the file out, and so its calls
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether {@code text} has the word {@code module} followed, on the same line, by a quoted label or by a bare one
     * and a brace: true for every file with a module block (and for some without, such as a comment quoting one),
     * false for the usual file that only refers to {@code module.x} outputs or says "the module creates".
     */
    static boolean mayDeclareModule(String text) {
        int word = "module".length();
        for (int at = text.indexOf("module"); at >= 0; at = text.indexOf("module", at + 1)) {
            boolean wordStart = at == 0 || !(identifierPart(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
            boolean wordEnd = at + word == text.length() || !identifierPart(text.charAt(at + word));
            if (!wordStart || !wordEnd) {
                continue; // part of another word, or a reference such as var.module
            }
            int i = spaces(text, at + word);
            if (i < text.length() && text.charAt(i) == '"') {
                return true; // module "name"
            }
            int label = i;
            while (i < text.length() && identifierPart(text.charAt(i))) {
                i++;
            }
            i = spaces(text, i);
            if (i > label && i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '"')) {
                return true; // module name {, as HCL allows; not "the module creates" in a description
            }
        }
        return false;
    }

    private static int spaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
