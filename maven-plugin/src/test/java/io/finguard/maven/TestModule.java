package io.finguard.maven;

import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Maven module in a directory, for mojo tests: its files, and goals configured for it as Maven would. */
final class TestModule {

    private TestModule() {
    }

    /** {@code mojo} checking {@code dir} as the module's basedir, with {@code target/} as its build directory. */
    static <M extends AbstractFinguardMojo> M configure(M mojo, Path dir, Log log) {
        mojo.setLog(log);
        mojo.directory = dir.toFile();
        mojo.basedir = dir.toFile();
        mojo.buildDirectory = dir.resolve("target").toFile();
        return mojo;
    }

    /** Writes {@code content} to {@code file} under {@code dir}, creating its directories. */
    static void write(Path dir, String file, String content) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
