package io.finguard.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes fixed files in place. Each file is written to a temporary file in its own directory, given the
 * original's permissions, and renamed over the original, so a reader (an editor, terraform, a concurrent scan)
 * sees the old text or the new one, never half of each. A symbolic link stays a link: its target is replaced.
 * <p>
 * Just before the rename the file on disk must still hold the text the fix started from; if someone edited it
 * meanwhile, it is left alone rather than overwritten. (A write landing between that check and the rename
 * cannot be detected without locks that editors do not take; the window is a few microseconds.) Ownership is
 * not copied: a user can only create files they own.
 */
public final class FixedFiles {

    private FixedFiles() {
    }

    /** A file that was not written, and why. */
    public record NotWritten(String path, String reason) {
    }

    /**
     * What a write did.
     *
     * @param written    report paths of the files written
     * @param notWritten files left as they are on disk
     */
    public record Outcome(List<String> written, List<NotWritten> notWritten) {

        public boolean complete() {
            return notWritten.isEmpty();
        }
    }

    /** Writes every file whose disk text is still its {@code original}; each file is all or nothing. */
    public static Outcome write(List<FixResult.FileFix> files) {
        List<String> written = new ArrayList<>();
        List<NotWritten> notWritten = new ArrayList<>();
        for (FixResult.FileFix f : files) {
            try {
                if (replace(f.file(), f.original(), f.fixed())) {
                    written.add(f.path());
                } else {
                    notWritten.add(new NotWritten(f.path(), "it changed on disk while finguard was fixing it"));
                }
            } catch (IOException e) {
                notWritten.add(new NotWritten(f.path(), "cannot write it: " + e));
            }
        }
        return new Outcome(written, notWritten);
    }

    /** Report paths of the files whose disk text is no longer the text their fix started from. */
    public static List<String> changedOnDisk(List<FixResult.FileFix> files) throws IOException {
        List<String> changed = new ArrayList<>();
        for (FixResult.FileFix f : files) {
            if (!holds(f.file(), f.original().getBytes(StandardCharsets.UTF_8))) {
                changed.add(f.path());
            }
        }
        return changed;
    }

    /** Replaces {@code file}'s text with {@code fixed} if it is still {@code original}; false when it is not. */
    static boolean replace(Path file, String original, String fixed) throws IOException {
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            return false;
        }
        byte[] expected = original.getBytes(StandardCharsets.UTF_8);
        return AtomicFiles.replace(target, fixed.getBytes(StandardCharsets.UTF_8), temp -> {
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            return holds(target, expected);
        });
    }

    private static boolean holds(Path file, byte[] expected) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(file), expected);
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
