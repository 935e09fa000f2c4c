package io.finguard.terraform.origin;

import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;

import java.util.List;
import java.util.Map;

/**
 * What one module instance declares and what its values evaluated to: the record a value chain is traced through.
 *
 * @param root      the root module's directory as the scan has it (as {@link io.finguard.terraform.Resource#rootModule})
 * @param address   the instance's address ({@code ""} for the root, {@code module.a["x"]})
 * @param parent    the address of the instance whose {@code module} block made it; null for a root
 * @param call      that {@code module} block; null for a root
 * @param dir       the module's directory as the scan has it
 * @param files     the module's parsed files
 * @param variables the {@code variable} blocks by name
 * @param locals    the {@code locals} entries by name
 * @param values    the variables' evaluated values
 * @param localValues the locals' evaluated values
 * @param inputs    for a root: the tfvars entry or {@code --var} that set each variable given one; empty otherwise
 */
public record InstanceSource(String root, String address, String parent, SyntaxRef call, String dir,
                             List<ModuleFile> files, Map<String, SyntaxRef> variables, Map<String, Declared> locals,
                             Map<String, Value> values, Map<String, Value> localValues,
                             Map<String, RootInput> inputs) {

    public boolean isRoot() {
        return call == null;
    }
}
