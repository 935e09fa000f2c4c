package io.finguard.engine;

import io.finguard.api.Rule;
import io.finguard.engine.custom.DeclarativeRule;
import io.finguard.engine.rego.PolicyRules;
import io.finguard.engine.rego.PolicySource;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The library entry point of a scan: what {@code finguard scan}, the Maven plugin and the GitHub Action call.
 * Checks the request, resolves the configuration, loads the model (skipping {@code exclude-paths}), runs the
 * rules, applies suppressions, narrows the result to the named files (and to the files changed since
 * {@code --changed-since}), leaves out what {@code --baseline} accepts, and groups the findings of one place
 * (one rule, location and message) into one finding with its instances. Problems in the Terraform files are
 * values in the result; only a request that cannot be carried out throws.
 * <p>
 * Holds no per-scan state: one instance may run several scans at once.
 */
public final class ScanService {

    private final RuleRegistry registry;
    private final Clock clock;

    /** The rules on the class path, judged against the system clock. */
    public ScanService() {
        this(RuleRegistry.load(), Clock.systemDefaultZone());
    }

    /** @param clock decides which suppressions have expired; tests pass a fixed one */
    public ScanService(RuleRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * Runs one scan.
     *
     * @throws ConfigException    the configuration file is missing, unreadable or invalid
     * @throws ScanSetupException a path, plan or variables file does not exist, a rule ID is unknown, the baseline
     *                            cannot be read, or {@code --changed-since} cannot be answered from git
     */
    public ScanResult scan(ScanRequest request) throws ScanSetupException {
        return run(request).result();
    }

    /** A scan's result and the rules it knew (installed and custom), which reports list. */
    public record Run(ScanResult result, RuleRegistry rules) {
    }

    /** Runs one scan and keeps the rules it knew, so that reports need not read the configuration again. */
    public Run run(ScanRequest request) throws ScanSetupException {
        return run(request, Map.of());
    }

    /**
     * Runs one scan reading {@code overlay}'s texts in place of those files on disk (absolute paths): how
     * {@code finguard fix} checks its fixed texts before anything is written.
     */
    public Run run(ScanRequest request, Map<Path, String> overlay) throws ScanSetupException {
        request.checkInputs();
        // read before the (slow) load, so that a bad baseline or an unknown revision fails at once
        Baseline baseline = request.baseline() == null ? null : BaselineFile.read(request.baseline());
        Set<Path> changed = changedFiles(request);
        // --policy rules are known to the configuration too, so that rules: may set their severity
        List<Rule> requestPolicies = policyRules(request.policies(), request.plan());
        ScanConfig config = config(request.config(), request.paths(), request.root(), requestPolicies);
        // --rule and --skip-rule may name custom rules, so they are checked against the config's rules too
        RuleRegistry rules = registry.with(DeclarativeRule.of(config.customRules()))
                .with(policyRules(config.policies(), request.plan())).with(requestPolicies);
        checkRuleIds(rules, request.onlyRules(), "--rule");
        checkRuleIds(rules, request.skipRules(), "--skip-rule");
        if (request.threshold() != null) {
            config = config.withThreshold(request.threshold());
        }
        LoadRequest load = new LoadRequest(LoadScope.paths(request, changed, config.excludePaths(), overlay),
                request.root(), request.varFiles(), request.vars(), config.excludePaths(), overlay);
        TerraformModel model = new ModelLoader().load(load, request.plan());
        ScanOptions options = new ScanOptions(request.onlyRules(), request.skipRules(), request.plan() != null,
                request.strict());
        ScanResult result = new Scanner(rules, config).scan(model, options);
        result = new Suppressions(ids(rules), LocalDate.now(clock), request.strict()).apply(result, model);
        result = ScanScope.restrict(result, model, request);
        if (changed != null) {
            result = ScanScope.restrictTo(result, model, request.root(), changed);
        }
        if (baseline != null) {
            result = baseline.apply(result);
        }
        // last: suppressions, scope and baseline work on instances, reports on places
        return new Run(FindingGroups.apply(result, ReportBase.of(request.root())), rules);
    }

    /** The files {@code --changed-since} lets through, or null when it was not given. */
    private static Set<Path> changedFiles(ScanRequest request) throws ScanSetupException {
        if (request.changedSince() == null) {
            return null;
        }
        if (request.paths().isEmpty()) {
            throw new ScanSetupException("--changed-since needs Terraform files to compare: a plan alone has no "
                    + "file locations (add the PATH of its configuration)");
        }
        return ChangedFiles.since(request.root(), request.changedSince());
    }

    /** The rules a scan with this configuration knows: the installed ones, its custom rules and its policies. */
    public RuleRegistry rules(ScanConfig config) {
        try {
            return registry.with(DeclarativeRule.of(config.customRules()))
                    .with(PoliciesReader.rules(config.source(), config.policies()));
        } catch (ConfigException e) {
            // loading the configuration loaded these policies already; failing now means they changed since
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The rules of Rego policy directories, evaluated over {@code plan} in plan mode. */
    private static List<Rule> policyRules(List<PolicySource> policies, Path plan) throws ConfigException {
        try {
            return PolicyRules.load(policies, plan);
        } catch (PolicyRules.PolicyLoadException e) {
            throw new ConfigException(e.file() == null ? "policy" : e.file(), e.line(), null, e.problem());
        }
    }

    /**
     * The configuration a scan of {@code paths} uses: {@code explicit} when given, else the nearest
     * {@code finguard.yml} (see {@link ConfigDiscovery}), else built-in defaults.
     */
    public ScanConfig config(Path explicit, List<Path> paths, Path root) throws ConfigException {
        return config(explicit, paths, root, List.of());
    }

    /** {@link #config(Path, List, Path)} where {@code rules:} may also configure {@code extra} rules. */
    private ScanConfig config(Path explicit, List<Path> paths, Path root, List<Rule> extra) throws ConfigException {
        Optional<Path> file = explicit != null ? Optional.of(explicit) : ConfigDiscovery.find(paths, root);
        if (file.isEmpty()) {
            return ScanConfig.DEFAULTS;
        }
        if (!Files.isRegularFile(file.get())) {
            throw new ConfigException(file.get().toString(), 0, null, "no such file");
        }
        return new ConfigLoader(registry.with(extra)).load(file.get());
    }

    private static void checkRuleIds(RuleRegistry rules, Set<String> ids, String option)
            throws ScanSetupException {
        Set<String> unknown = new TreeSet<>(ids);
        unknown.removeAll(ids(rules));
        if (!unknown.isEmpty()) {
            throw new ScanSetupException(option + ": unknown rule " + String.join(", ", unknown) + " (known: "
                    + String.join(", ", new TreeSet<>(ids(rules))) + ")");
        }
    }

    private static Set<String> ids(RuleRegistry rules) {
        return rules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
    }
}
