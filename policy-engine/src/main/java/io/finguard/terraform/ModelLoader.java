package io.finguard.terraform;

import io.finguard.terraform.load.LoadRequest;
import io.finguard.terraform.load.TerraformLoader;
import io.finguard.terraform.plan.Addresses;
import io.finguard.terraform.plan.PlanLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the model from what the user gave: HCL paths, a plan, or both. With both, the plan's values are the truth
 * and each plan resource takes its location, syntax and module callers from the HCL resource of the same address
 * (instance keys such as {@code [0]} or {@code ["a"]} ignored), so findings point at lines a reviewer can open.
 * Its provider configuration keeps the plan's values but takes the HCL {@code provider} block, for fixes to edit.
 */
public final class ModelLoader {

    public TerraformModel load(LoadRequest hcl, Path plan) {
        if (plan == null) {
            return new TerraformLoader().load(hcl);
        }
        TerraformModel fromPlan = new PlanLoader().load(plan, hcl.root().toAbsolutePath().normalize());
        if (hcl.paths().isEmpty()) {
            return fromPlan;
        }
        TerraformModel fromHcl = new TerraformLoader().load(hcl);
        return join(fromPlan, fromHcl);
    }

    static TerraformModel join(TerraformModel plan, TerraformModel hcl) {
        Map<String, Resource> byAddress = new HashMap<>();
        for (Resource r : hcl.resources()) {
            byAddress.putIfAbsent(r.address(), r);
        }
        List<Resource> joined = new ArrayList<>();
        for (Resource r : plan.resources()) {
            Resource source = byAddress.get(Addresses.configAddress(r.address()));
            if (source == null) {
                joined.add(r);
            } else {
                joined.add(new Resource(r.address(), r.mode(), r.type(), r.name(), r.moduleAddress(), r.values(),
                        source.count(), source.forEach(), provider(r, source), source.location(), source.syntax(),
                        source.callers(), r.references().isEmpty() ? source.references() : r.references(),
                        source.rootModule()));
            }
        }
        List<LoadError> errors = new ArrayList<>(plan.errors());
        errors.addAll(hcl.errors());
        return new TerraformModel(hcl.root(), hcl.modules(), joined, errors, hcl.notes(), hcl.sources());
    }

    /** The plan's configuration of the resource's provider, with the block the HCL resource resolved it to. */
    private static ProviderConfig provider(Resource fromPlan, Resource fromHcl) {
        ProviderConfig planned = fromPlan.provider();
        ProviderConfig written = fromHcl.provider();
        if (planned == null || planned.syntax() != null || written == null || written.syntax() == null
                || !planned.name().equals(written.name()) || !Objects.equals(planned.alias(), written.alias())) {
            return planned;
        }
        return planned.withSyntax(written.syntax());
    }
}
