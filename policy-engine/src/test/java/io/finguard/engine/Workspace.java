package io.finguard.engine;

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
 * A throw-away repository for engine tests: a temporary directory made a git root (so config discovery never
 * wanders into the machine's /tmp), files written by relative path, and a scan service with the test rules and a
 * clock fixed on {@link #TODAY}.
 */
final class Workspace {

    static final String TODAY = "2026-03-01";
    static final Clock CLOCK = Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final ScanService service = new ScanService(
            new RuleRegistry(List.of(new EveryBucketRule(), new EveryResourceRule())), CLOCK);

    Workspace(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve(".git"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String path, String content) {
        Path file = dir.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Scans the whole workspace as {@code finguard scan DIR} would. */
    ScanResult scan() throws ScanSetupException {
        return service.scan(ScanRequest.builder().path(dir).build());
    }

    ScanResult scan(ScanRequest.Builder request) throws ScanSetupException {
        return service.scan(request.build());
    }
}
