package io.finguard.terraform.load;

import io.finguard.terraform.Value;
import io.finguard.terraform.origin.Declared;
import io.finguard.terraform.origin.InstanceSource;
import io.finguard.terraform.origin.ModuleFile;
import io.finguard.terraform.origin.RootInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public record of what a module instance declares ({@link InstanceSource}), made from the loader's own
 * structures as the walk reaches the instance: kept apart from {@link ModuleInstance}, whose evaluation it only
 * reads.
 */
final class InstanceSources {

    private InstanceSources() {
    }

    static InstanceSource of(LoadSession session, ModuleInstance instance, String parent, Map<String, Value> values,
                             Map<String, Value> locals, Map<String, RootInput> inputs) {
        ParsedModule module = instance.module;
        List<ModuleFile> files = module.files.stream().map(f -> new ModuleFile(f.reportPath(), f.config())).toList();
        Map<String, Declared> declaredLocals = new LinkedHashMap<>();
        module.locals.forEach((name, decl) -> declaredLocals.put(name,
                new Declared(decl.file(), decl.config(), decl.attribute())));
        return new InstanceSource(instance.root.reportPath(), instance.address, parent, instance.call,
                session.reportPath(module.dir), files, module.variables, declaredLocals, values, locals, inputs);
    }
}
