package io.finguard.terraform.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where file functions may read during one load, and what they left unread. A scan reads nothing outside what it
 * was given (the git repository of the scan): such a file's content is unknown, which is not an error (the
 * configuration may well be valid), but the user is told once per file in {@code inspect}.
 */
public final class FileAccess {

    private final Path root;
    private final Set<String> skipped = new LinkedHashSet<>();

    /** @param root the directory inside which files may be read */
    public FileAccess(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Records that {@code name}, used in {@code sourceFile}, was not read. */
    void skip(String sourceFile, String name) {
        skipped.add(sourceFile + ": \"" + name + "\" was not read, as it is outside " + root
                + "; its content is unknown");
    }

    /** One line per file left unread, in the order met. */
    public List<String> skipped() {
        return new ArrayList<>(skipped);
    }
}
