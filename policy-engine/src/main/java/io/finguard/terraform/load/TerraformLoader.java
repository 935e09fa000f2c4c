package io.finguard.terraform.load;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of HCL loading: finds module directories under the requested paths, decides which are roots (a
 * directory that another scanned one calls as a local module is only evaluated through that call, with its
 * inputs) and evaluates every root with its variable files. Never throws for bad input: problems are
 * {@link LoadError}s in the model.
 */
public final class TerraformLoader {

    public TerraformModel load(LoadRequest request) {
        Path root = request.root().toAbsolutePath().normalize();
        LoadSession session = new LoadSession(root, request.overlay());
        List<Path> paths = request.paths().isEmpty() ? List.of(Path.of(".")) : request.paths();
        ModuleDirectories.Found found = new ModuleDirectories(root, request.exclude()).find(paths);
        for (Path missing : found.missing()) {
            session.errors.add(new LoadError(missing.toString(), 0, "no such file or directory"));
        }
        session.preparse(found.directories());
        for (Path dir : found.directories()) {
            session.module(dir);
        }
        Set<Path> called = calledDirectories(session, found.directories());
        for (Path dir : found.directories()) {
            if (called.contains(dir)) {
                continue;
            }
            ParsedModule module = session.module(dir);
            RootContext context = new RootContext(dir, session);
            RootInputs rootInputs = new RootInputs(session);
            Map<String, Value> inputs = rootInputs.collect(module, request.varFiles(), request.vars());
            ModuleInstance rootInstance = new ModuleInstance(context, module, "", null, null, List.of(),
                    List.of(dir), name -> rootInput(inputs, module, name), Map.of());
            new InstanceWalk(session, new Validation(context)).walkRoot(rootInstance, rootInputs.origins());
        }
        return new TerraformModel(root, List.copyOf(session.modules), List.copyOf(session.resources),
                List.copyOf(session.errors), session.files.skipped(), session.sources);
    }

    /** A root variable's value from tfvars or {@code --var}; a problem with it is reported at the declaration. */
    private static VariableValues.Given rootInput(Map<String, Value> inputs, ParsedModule module, String name) {
        Value value = inputs.get(name);
        SyntaxRef decl = module.variables.get(name);
        return value == null ? null : new VariableValues.Given(value, decl.file(), decl.location().line());
    }

    /** Directories that some scanned directory calls as a local module ({@code source = "./…"}). */
    private static Set<Path> calledDirectories(LoadSession session, List<Path> dirs) {
        Set<Path> called = new HashSet<>();
        for (Path dir : dirs) {
            called.addAll(session.module(dir).localCallees());
        }
        return called;
    }
}
