package io.finguard.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old content or the new one, never half of it: a temporary file in the same
 * directory, then a rename over the target. Reports and baselines are written this way, and so are fixed files
 * ({@link FixedFiles}, which keeps permissions and checks the file did not change meanwhile). Public for the CLI and
 * the Maven plugin.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Called with the written temporary file just before the rename; returns false to leave the target alone. */
    @FunctionalInterface
    public interface BeforeRename {
        boolean proceed(Path temp) throws IOException;
    }

    /** Writes {@code content} as UTF-8 to {@code target}, creating its directory when needed. */
    public static void write(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        replace(absolute, content.getBytes(StandardCharsets.UTF_8), temp -> true);
    }

    /**
     * Writes {@code content} beside {@code target} and renames it over {@code target} unless {@code beforeRename}
     * says no; the temporary file is gone afterwards either way.
     *
     * @return whether {@code target} was replaced
     */
    public static boolean replace(Path target, byte[] content, BeforeRename beforeRename) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            if (!beforeRename.proceed(temp)) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same directory, so only an exotic file system lands here; a plain replace beats no write at all
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
