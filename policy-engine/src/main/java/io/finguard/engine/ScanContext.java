package io.finguard.engine;

import io.finguard.api.FindingDraft;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleParameters;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.origin.ValueChain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The {@link RuleContext} one rule sees during one scan; collects what it reports. */
final class ScanContext implements RuleContext {

    private final TerraformModel model;
    /** Where report paths start, for the words of value chains; found on first use. */
    private ReportBase reportBase;
    private final boolean planMode;
    private final RuleParameters parameters;
    private final Function<String, RuleParameters> otherParameters;
    final List<FindingDraft> drafts = new ArrayList<>();
    final Map<String, String> unverified = new LinkedHashMap<>();
    /** The types the rule asked {@link #resources} for; {@code askedForAll} when it asked without naming any. */
    private final Set<String> askedTypes = new HashSet<>();
    private boolean askedForAll;

    ScanContext(TerraformModel model, boolean planMode, Rule rule, Function<String, RuleParameters> parametersOf) {
        this.model = model;
        this.planMode = planMode;
        this.parameters = parametersOf.apply(rule.metadata().id());
        this.otherParameters = parametersOf;
    }

    @Override
    public TerraformModel model() {
        return model;
    }

    @Override
    public List<Resource> resources(String... types) {
        Set<String> wanted = Set.of(types);
        if (wanted.isEmpty()) {
            askedForAll = true;
        } else {
            askedTypes.addAll(wanted);
        }
        List<Resource> out = new ArrayList<>();
        for (Resource r : model.resources()) {
            if (r.mode() == ResourceMode.MANAGED && (wanted.isEmpty() || wanted.contains(r.type()))
                    && !r.createsNothing()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The resources this rule checked (see {@link RuleCoverage}): those it asked for, within {@code declaredTypes}
     * unless that is empty, and those it reported on, in model order.
     */
    List<RuleCoverage.CheckedResource> checked(Set<String> declaredTypes) {
        Set<String> reported = new HashSet<>(unverified.keySet());
        for (FindingDraft d : drafts) {
            reported.add(d.resource().address());
        }
        List<RuleCoverage.CheckedResource> out = new ArrayList<>();
        for (Resource r : model.resources()) {
            boolean handedOver = r.mode() == ResourceMode.MANAGED && (askedForAll || askedTypes.contains(r.type()))
                    && (declaredTypes.isEmpty() || declaredTypes.contains(r.type())) && !r.createsNothing();
            if (handedOver || reported.contains(r.address())) {
                out.add(new RuleCoverage.CheckedResource(r.address(), r.type(), r.location().file(),
                        r.location().line(), unverified.get(r.address())));
            }
        }
        return out;
    }

    @Override
    public RuleParameters parameters() {
        return parameters;
    }

    @Override
    public RuleParameters parametersOf(String ruleId) {
        return otherParameters.apply(ruleId);
    }

    @Override
    public boolean planMode() {
        return planMode;
    }

    @Override
    public Location locate(Resource resource, String... path) {
        return Locator.locate(resource, path);
    }

    /** Chains name files as reports do (decision 073): relative to the git top, computed once per context. */
    @Override
    public ValueChain origin(Resource resource, String... path) {
        if (reportBase == null) {
            reportBase = ReportBase.of(model.root());
        }
        return model.origin(resource, path).withPaths(reportBase::path);
    }

    @Override
    public void report(FindingDraft finding) {
        drafts.add(finding);
    }

    @Override
    public void unverified(Resource resource, String reason) {
        unverified.putIfAbsent(resource.address(), reason);
    }
}
