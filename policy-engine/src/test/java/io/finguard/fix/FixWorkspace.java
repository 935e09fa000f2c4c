package io.finguard.fix;

import io.finguard.api.Rule;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanSetupException;
import io.finguard.engine.Workspace;
import io.finguard.testrules.BoxFixRule;
import io.finguard.testrules.EveryResourceRule;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A {@link Workspace} with a fix service over the test rules FG903 (fixable boxes) and FG902 (a finding on every
 * resource, without a fix), unless others are given.
 */
final class FixWorkspace {

    final Workspace files;
    final Path dir;
    final FixService service;

    FixWorkspace(Path dir) {
        this(dir, List.of(new BoxFixRule(), new EveryResourceRule()));
    }

    FixWorkspace(Path dir, List<Rule> rules) {
        this.files = new Workspace(dir.toAbsolutePath().normalize(), rules);
        this.dir = files.dir;
        this.service = new FixService(files.service);
    }

    Path write(String path, String content) {
        return files.write(path, content);
    }

    String read(String path) {
        return files.read(path);
    }

    /** Fixes the whole workspace with only the box rule, as {@code finguard fix --rule FG903 DIR} would. */
    FixResult fixBoxes() throws ScanSetupException {
        return fix(ScanRequest.builder().path(dir).onlyRules(Set.of(BoxFixRule.ID)));
    }

    FixResult fix(ScanRequest.Builder request) throws ScanSetupException {
        return service.fix(request.build());
    }

    /** Writes every fixed text, as {@code --write} does. */
    void writeAll(FixResult result) {
        FixedFiles.Outcome outcome = FixedFiles.write(result.files());
        if (!outcome.complete()) {
            throw new IllegalStateException("not written: " + outcome.notWritten());
        }
    }
}
