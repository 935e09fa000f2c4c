package io.finguard.api;

import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.origin.ValueChain;

import java.util.List;

/** What a rule sees while checking one model, and where it reports. */
public interface RuleContext {

    TerraformModel model();

    /** Managed resources of these types (all managed resources when none is given), in model order. */
    List<Resource> resources(String... types);

    /** This rule's effective parameters. */
    RuleParameters parameters();

    /** Another rule's effective parameters (FG502 takes its retention from FG501's {@code max-days}). */
    RuleParameters parametersOf(String ruleId);

    /** True when values come from a plan: {@code tags_all} is then the truth, and instances are expanded. */
    boolean planMode();

    /**
     * Where an argument is: the attribute at {@code path} (nested blocks by type, first of each, e.g.
     * {@code "scaling_config", "max_size"}, or the one holding the value at fault, {@code "ingress[1]", "cidr_blocks"}
     * with {@link LocateSteps#nth}) when it is written, else the nearest enclosing block's header, else the
     * resource block's header; {@link Location#NONE} when the resource has no HCL.
     */
    Location locate(Resource resource, String... path);

    void report(FindingDraft finding);

    /**
     * Where the value of an argument comes from, {@code path} as for {@link #locate}: the places it flows through
     * (locals, the caller's {@code module} argument, a variable's default, a tfvars entry) up to a literal, a
     * variable nobody sets, or an expression that is not a plain reference. A message names it with
     * {@link ValueChain#describe()}, and a draft carries it with {@link FindingDraft#withOrigin}, so that reports
     * list each instance's chain (docs/decisions/076-value-chains-and-fixes-at-source.md).
     */
    default ValueChain origin(Resource resource, String... path) {
        return model().origin(resource, path);
    }

    /** Convenience for {@code report(FindingDraft.of(resource, locate(resource, path), message))}. */
    default void report(Resource resource, String message, String... path) {
        report(FindingDraft.of(resource, locate(resource, path), message));
    }

    /**
     * The resource could not be checked because a value it depends on is unknown; it is counted as unverified in
     * the summary (and becomes a finding with {@code --strict}).
     */
    void unverified(Resource resource, String reason);
}
