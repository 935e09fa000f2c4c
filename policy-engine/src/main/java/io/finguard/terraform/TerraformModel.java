package io.finguard.terraform;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from one scan: modules, resources and data sources, and the errors met on the way.
 *
 * @param root  the scan root that report paths are relative to
 * @param notes what {@code inspect} tells besides errors: files that file functions left unread, being outside
 *              the repository of the scan
 */
public record TerraformModel(Path root, List<Module> modules, List<Resource> resources, List<LoadError> errors,
                             List<String> notes) {

    public TerraformModel(Path root, List<Module> modules, List<Resource> resources, List<LoadError> errors) {
        this(root, modules, resources, errors, List.of());
    }

    public List<Resource> managedResources() {
        return resources.stream().filter(r -> r.mode() == ResourceMode.MANAGED).toList();
    }
}
