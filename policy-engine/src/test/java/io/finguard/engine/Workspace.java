package io.finguard.engine;

import io.finguard.api.Rule;
import io.finguard.testrules.EveryBucketRule;
import io.finguard.testrules.EveryResourceRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A throw-away repository for engine and fix tests: a temporary directory made a git root (so config discovery
 * never wanders into the machine's /tmp), files written by relative path, and a scan service with the test rules
 * (FG901 and FG902 unless others are given) and a clock fixed on {@link #TODAY}.
 */
public final class Workspace {

    static final String TODAY = "2026-03-01";
    static final Clock CLOCK = Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);

    public final Path dir;
    public final ScanService service;

    Workspace(Path dir) {
        this(dir, List.of(new EveryBucketRule(), new EveryResourceRule()));
    }

    public Workspace(Path dir, List<Rule> rules) {
        this.dir = dir;
        this.service = new ScanService(new RuleRegistry(rules), CLOCK);
        try {
            Files.createDirectories(dir.resolve(".git"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(String path, String content) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans the whole workspace as {@code finguard scan DIR} would. */
    ScanResult scan() throws ScanSetupException {
        return service.scan(ScanRequest.builder().path(dir).build());
    }

    ScanResult scan(ScanRequest.Builder request) throws ScanSetupException {
        return service.scan(request.build());
    }
}
