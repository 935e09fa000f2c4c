package io.finguard.engine;

import io.finguard.api.FindingDraft;
import io.finguard.api.Rule;
import io.finguard.api.RuleMetadata;
import io.finguard.api.RuleParameters;
import io.finguard.api.Severity;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the selected rules over a model and turns what they report into findings. */
public final class Scanner {

    private final RuleRegistry registry;
    private final ScanConfig config;

    public Scanner(RuleRegistry registry, ScanConfig config) {
        this.registry = registry;
        this.config = config;
    }

    /** The rules this scan runs: enabled in config, within {@code --rule}, not in {@code --skip-rule}. */
    public List<Rule> selectedRules(ScanOptions options) {
        List<Rule> out = new ArrayList<>();
        for (Rule rule : registry.all()) {
            String id = rule.metadata().id();
            Boolean enabled = config.rule(id).enabled();
            boolean chosen = options.onlyRules().isEmpty() ? !Boolean.FALSE.equals(enabled)
                    : options.onlyRules().contains(id);
            if (chosen && !options.skipRules().contains(id)) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The effective parameters of a registered rule. */
    public RuleParameters parameters(String ruleId) {
        return effective(ruleId);
    }

    /**
     * The effective parameter values of a registered rule by name, in the order the rule declares them (values as
     * read from YAML: Integer, Boolean, String, List, Map; null when a parameter has no default and is not set).
     */
    public Map<String, Object> parameterValues(String ruleId) {
        return effective(ruleId).values();
    }

    private EffectiveParameters effective(String ruleId) {
        Rule rule = registry.get(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return new EffectiveParameters(rule.metadata(), config.rule(ruleId).parameters());
    }

    public ScanResult scan(TerraformModel model, ScanOptions options) {
        Map<String, RuleParameters> parameters = new HashMap<>();
        List<SharedEdits.Reported> reported = new ArrayList<>();
        List<SharedEdits.Unverified> notChecked = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>(model.errors());
        Set<String> unverified = new LinkedHashSet<>();
        List<TerraformModel> roots = byRootModule(model);
        Fingerprints fingerprints = new Fingerprints();
        List<RuleCoverage> coverage = new ArrayList<>();
        for (Rule rule : selectedRules(options)) {
            RuleMetadata meta = rule.metadata();
            List<RuleCoverage.CheckedResource> checked = new ArrayList<>();
            Severity configured = config.rule(meta.id()).severity();
            Severity severity = configured != null ? configured : meta.defaultSeverity();
            for (TerraformModel root : roots) {
                ScanContext context = new ScanContext(root, options.planMode(), rule,
                        id -> parameters.computeIfAbsent(id, this::parameters));
                try {
                    rule.check(context);
                } catch (RuntimeException e) {
                    // One broken rule (a user's jar, or a bug of ours) must not cost the other rules' findings.
                    errors.add(new LoadError(null, 0, "rule " + meta.id() + " failed: " + e));
                    break;
                }
                checked.addAll(context.checked(meta.resourceTypes()));
                for (FindingDraft d : context.drafts) {
                    Severity own = configured == null && d.severity() != null ? d.severity() : severity;
                    reported.add(new SharedEdits.Reported(finding(meta, own, d, fingerprints), d.resource()));
                }
                for (Map.Entry<String, String> u : context.unverified.entrySet()) {
                    unverified.add(u.getKey());
                    notChecked.add(new SharedEdits.Unverified(meta.id(), rootOf(root), u.getKey(), u.getValue()));
                    if (options.strict()) {
                        Resource r = root.resources().stream().filter(x -> x.address().equals(u.getKey()))
                                .findFirst().orElseThrow();
                        reported.add(new SharedEdits.Reported(finding(meta, severity, FindingDraft.of(r,
                                Locator.locate(r), "cannot be verified: " + u.getValue()), fingerprints), r));
                    }
                }
            }
            coverage.add(new RuleCoverage(meta.id(), meta.name(), checked));
        }
        coverage.sort(Comparator.comparing(RuleCoverage::ruleId));
        // every root's findings are here: a fix of a file several roots share is judged against all of them
        List<Finding> findings = new ArrayList<>(SharedEdits.check(reported, new EditScopes(model.resources()),
                notChecked));
        findings.sort(Comparator.comparing((Finding f) -> f.file() == null ? "" : f.file())
                .thenComparingInt(Finding::line).thenComparing(Finding::ruleId).thenComparing(Finding::resource));
        int files = (int) model.resources().stream().filter(r -> r.location().isKnown())
                .map(r -> r.location().file()).distinct().count();
        int resources = (int) model.resources().stream().filter(r -> r.mode() == ResourceMode.MANAGED).count();
        List<ModuleNotLoaded> notLoaded = model.modules().stream().filter(m -> !m.loaded() && m.call() != null)
                .map(m -> new ModuleNotLoaded(m.address(), m.source(), m.call().file(), m.call().location().line()))
                .toList();
        return new ScanResult(findings, List.of(), errors, files, resources, List.copyOf(unverified),
                config.severityThreshold(), List.copyOf(coverage), 0, List.of(), notLoaded);
    }

    /**
     * One model per root module. Addresses are unique only within a root (two stacks may both have
     * {@code aws_s3_bucket.logs}), and rules link resources by address, so each rule sees one root at a time.
     */
    static List<TerraformModel> byRootModule(TerraformModel model) {
        Map<String, List<Resource>> groups = new java.util.LinkedHashMap<>();
        for (Resource r : model.resources()) {
            groups.computeIfAbsent(r.rootModule() == null ? "" : r.rootModule(), k -> new ArrayList<>()).add(r);
        }
        if (groups.size() <= 1) {
            return List.of(model);
        }
        List<TerraformModel> out = new ArrayList<>();
        for (List<Resource> resources : groups.values()) {
            out.add(model.withResources(List.copyOf(resources)));
        }
        return out;
    }

    /** The root module directory of a model made by {@link #byRootModule} ({@code ""} for the scan root). */
    private static String rootOf(TerraformModel root) {
        return root.resources().isEmpty() || root.resources().get(0).rootModule() == null ? ""
                : root.resources().get(0).rootModule();
    }

    private static Finding finding(RuleMetadata meta, Severity severity, FindingDraft d, Fingerprints fingerprints) {
        Resource r = d.resource();
        String fingerprint = fingerprints.next(meta.id(), r);
        return new Finding(meta.id(), meta.name(), severity, r.address(), r.type(), d.location().file(),
                d.location().line(), d.location().endLine(), d.message(), d.fixable(), fingerprint, null, d.fix(),
                d.notFixableReason(), List.of(FindingInstance.of(d, fingerprint)));
    }
}
