package io.finguard.terraform.load;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.Block;
import io.finguard.terraform.Location;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.Value;

import java.util.Map;

/** {@code provider} blocks of a module instance: their key, known without evaluation, and their configuration. */
final class ProviderBlocks {

    private ProviderBlocks() {
    }

    /** The name and alias of a provider block; Terraform requires the alias to be a literal. */
    record Declared(String name, String alias) {
        String key() {
            return alias == null ? name : name + "." + alias;
        }
    }

    static Declared declared(SyntaxRef ref) {
        String name = ref.block().labels().get(0).value();
        Attribute alias = ref.block().body().attribute("alias");
        String aliasText = null;
        if (alias != null && alias.value() instanceof io.finguard.hcl.Expression.Template t) {
            aliasText = t.literalValue();
        }
        return new Declared(name, aliasText);
    }

    /** The configuration with its evaluated {@code default_tags}, which may read the module's values. */
    static ProviderConfig evaluate(SyntaxRef ref, Declared declared, ModuleInstance instance) {
        Value defaultTags = null;
        for (Block dt : ref.block().body().blocks("default_tags")) {
            Attribute tags = dt.body().attribute("tags");
            defaultTags = tags == null ? new Value.Obj(Map.of(), Value.ObjKind.MAP)
                    : instance.evaluate(ref.file(), ref.config(), tags.value(), instance.scope);
        }
        return new ProviderConfig(declared.name(), declared.alias(), instance.address, defaultTags, ref.location(),
                ref);
    }

    /** The empty configuration Terraform uses for a provider that no block configures. */
    static ProviderConfig implicit(String key, String moduleAddress) {
        int dot = key.indexOf('.');
        String name = dot < 0 ? key : key.substring(0, dot);
        String alias = dot < 0 ? null : key.substring(dot + 1);
        return new ProviderConfig(name, alias, moduleAddress, null, Location.NONE);
    }
}
