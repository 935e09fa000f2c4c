package io.finguard.terraform;

import io.finguard.terraform.origin.ChainTracer;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.terraform.origin.ValueSources;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from one scan: modules, resources and data sources, and the errors met on the way.
 *
 * @param root  the scan root that report paths are relative to
 * @param notes what {@code inspect} tells besides errors: files that file functions left unread, being outside
 *              the repository of the scan
 * @param sources what every module instance (of every root) declares, for value chains; {@link ValueSources#NONE}
 *                for a model from a plan alone
 */
public record TerraformModel(Path root, List<Module> modules, List<Resource> resources, List<LoadError> errors,
                             List<String> notes, ValueSources sources) {

    public TerraformModel(Path root, List<Module> modules, List<Resource> resources, List<LoadError> errors) {
        this(root, modules, resources, errors, List.of(), ValueSources.NONE);
    }

    public TerraformModel(Path root, List<Module> modules, List<Resource> resources, List<LoadError> errors,
                          List<String> notes) {
        this(root, modules, resources, errors, notes, ValueSources.NONE);
    }

    /** This model with other resources (one root's, for the rules) and no errors, keeping modules and sources. */
    public TerraformModel withResources(List<Resource> only) {
        return new TerraformModel(root, modules, only, List.of(), notes, sources);
    }

    /** Where the value of {@code resource}'s argument at {@code path} comes from (see {@link ChainTracer#trace}). */
    public ValueChain origin(Resource resource, String... path) {
        return new ChainTracer(sources).trace(resource, path);
    }

    public List<Resource> managedResources() {
        return resources.stream().filter(r -> r.mode() == ResourceMode.MANAGED).toList();
    }
}
