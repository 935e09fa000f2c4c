package io.finguard.terraform.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.finguard.terraform.eval.Evaluator;
import io.finguard.terraform.eval.Scope;

/**
 * Facts about the root module a module tree hangs from: its directory (what {@code path.root} and relative file
 * paths mean), the directory file functions may read in, the remote modules {@code terraform init} installed
 * under {@code .terraform/modules}, and the stack of values being evaluated, for cycles.
 */
final class RootContext {

    private final Path dir;
    private final String reportPath;
    final LoadSession session;
    final NodeStack stack;
    private Map<String, Path> installed;

    RootContext(Path dir, LoadSession session) {
        this.dir = dir;
        this.session = session;
        this.reportPath = session.reportPath(dir);
        this.stack = new NodeStack(session.errors);
    }

    /** An evaluator for expressions of {@code config}: relative file paths are the root module's, as in Terraform. */
    Evaluator evaluator(Scope scope, io.finguard.hcl.ConfigFile config) {
        return new Evaluator(scope, config.source(), dir, session.files);
    }

    /** Records an evaluation error once: the same problem met again (another instance) is not repeated. */
    void evaluationError(String file, int line, String message) {
        session.evaluationError(file, line, message);
    }

    Path dir() {
        return dir;
    }

    /** The root module's directory as reports show it. */
    String reportPath() {
        return reportPath;
    }

    /** The directory {@code terraform init} put the module with this key in, or null when it is not installed. */
    Path installedModuleDir(String key) {
        if (installed == null) {
            installed = readManifest();
        }
        return installed.get(key);
    }

    private Map<String, Path> readManifest() {
        Map<String, Path> out = new HashMap<>();
        Path manifest = dir.resolve(".terraform/modules/modules.json");
        if (!Files.isRegularFile(manifest)) {
            return out;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            for (JsonNode m : root.path("Modules")) {
                String key = m.path("Key").asText("");
                String moduleDir = m.path("Dir").asText("");
                if (!key.isEmpty() && !moduleDir.isEmpty()) {
                    Path resolved = dir.resolve(moduleDir).normalize();
                    if (Files.isDirectory(resolved)) {
                        out.put(key, resolved);
                    }
                }
            }
        } catch (IOException e) {
            session.errors.add(new io.finguard.terraform.LoadError(session.reportPath(manifest), 0,
                    "cannot read the installed-modules manifest: " + e.getMessage()));
        }
        return out;
    }
}
