package io.finguard.fix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedFilesTest {

    private static final String ORIGINAL = "a {\n}\n";
    private static final String FIXED = "a {\n  b = 1\n}\n";

    @TempDir
    Path dir;

    private FixResult.FileFix fixOf(Path file) {
        return new FixResult.FileFix(dir.relativize(file).toString(), file, ORIGINAL, FIXED);
    }

    private List<String> directory() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileByRenameKeepingItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("main.tf"), ORIGINAL);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        Object inodeBefore = Files.getAttribute(file, "unix:ino");
        FixedFiles.Outcome outcome = FixedFiles.write(List.of(fixOf(file)));
        assertEquals(List.of("main.tf"), outcome.written());
        assertTrue(outcome.complete());
        assertEquals(FIXED, Files.readString(file));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // a new inode: the text was renamed into place, so a reader never saw a half-written file
        assertNotEquals(inodeBefore, Files.getAttribute(file, "unix:ino"));
        assertEquals(List.of("main.tf"), directory(), "no temporary file is left behind");
    }

    @Test
    void aFileEditedMeanwhileIsLeftAlone() throws IOException {
        Path edited = Files.writeString(dir.resolve("edited.tf"), ORIGINAL + "# the user's edit\n");
        Path untouched = Files.writeString(dir.resolve("main.tf"), ORIGINAL);
        assertEquals(List.of("edited.tf"), FixedFiles.changedOnDisk(List.of(fixOf(edited), fixOf(untouched))));
        FixedFiles.Outcome outcome = FixedFiles.write(List.of(fixOf(edited), fixOf(untouched)));
        assertEquals(List.of("main.tf"), outcome.written());
        assertEquals(1, outcome.notWritten().size());
        assertEquals("edited.tf", outcome.notWritten().get(0).path());
        assertTrue(outcome.notWritten().get(0).reason().contains("changed on disk"));
        assertEquals(ORIGINAL + "# the user's edit\n", Files.readString(edited), "the user's edit is kept");
        assertEquals(List.of("edited.tf", "main.tf"), directory());
    }

    @Test
    void aDeletedFileIsNotRecreated() throws IOException {
        FixedFiles.Outcome outcome = FixedFiles.write(List.of(fixOf(dir.resolve("gone.tf"))));
        assertEquals(List.of(), outcome.written());
        assertEquals(List.of(), directory());
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsFixed() throws IOException {
        Path target = Files.writeString(dir.resolve("real.tf"), ORIGINAL);
        Path link = Files.createSymbolicLink(dir.resolve("link.tf"), target.getFileName());
        FixedFiles.write(List.of(fixOf(link)));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(FIXED, Files.readString(target));
    }
}
