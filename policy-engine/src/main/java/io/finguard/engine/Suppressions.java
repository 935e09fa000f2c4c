package io.finguard.engine;

import io.finguard.hcl.ConfigFile;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;
import io.finguard.terraform.SyntaxRef;
import io.finguard.terraform.TerraformModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies {@code # finguard:ignore} comments to a scan result. A comment above or inside a resource
 * block suppresses the rules it names for that resource; above or inside a {@code module} block, for every
 * resource that call creates, however deep. Suppressed findings move to {@link ScanResult#suppressed()}.
 * <p>
 * Comments that cannot apply (no reason, expired, malformed, naming an unknown rule) are added to
 * {@link ScanResult#errors()}: they are problems in the user's files that every report format must show, and the
 * findings they meant to hide are reported again (see docs/decisions/004-suppressions.md).
 * <p>
 * Comments that apply but hid nothing are {@link ScanResult#unusedSuppressions()}, per rule ID: only the rules that
 * ran are judged (a {@code --rule FG101} scan says nothing about a comment for FG501), and a resource a rule could
 * not verify counts as matched, since the comment may hide what the rule finds once the value is known.
 * <p>
 * One instance serves one scan: it caches each file's comments by identity.
 */
public final class Suppressions {

    private final Set<String> knownRuleIds;
    private final LocalDate today;
    private final boolean strict;
    private final Map<ConfigFile, FileSuppressions> files = new IdentityHashMap<>();

    /**
     * @param knownRuleIds the IDs a suppression may name; others are reported as unknown
     * @param today        the date expiry is judged against (from the caller's clock)
     * @param strict       unused suppressions fail the run ({@code --strict}) instead of being warnings
     */
    public Suppressions(Set<String> knownRuleIds, LocalDate today, boolean strict) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.today = today;
        this.strict = strict;
    }

    public ScanResult apply(ScanResult result, TerraformModel model) {
        // an address is unique within a root only: envs/prod and envs/dev both have aws_s3_bucket.logs
        Map<String, List<Resource>> byAddress = new HashMap<>();
        for (Resource r : model.resources()) {
            byAddress.computeIfAbsent(r.address(), a -> new ArrayList<>()).add(r);
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>(result.suppressed());
        Set<String> used = new HashSet<>();
        for (Finding f : result.findings()) {
            Resource resource = resourceOf(f, byAddress.getOrDefault(f.resource(), List.of()));
            SuppressionDirective directive = resource == null ? null : applying(resource, f.ruleId());
            if (directive == null) {
                kept.add(f);
            } else {
                suppressed.add(f.withSuppression(directive.toSuppression()));
                used.add(use(directive, f.ruleId()));
            }
        }
        Set<String> ran = new HashSet<>();
        for (RuleCoverage rule : result.coverage()) {
            ran.add(rule.ruleId());
            for (RuleCoverage.CheckedResource checked : rule.resources()) {
                if (checked.unverified() == null) {
                    continue;
                }
                // no root here: every resource of that address written in that file (a module's in each root)
                for (Resource resource : byAddress.getOrDefault(checked.resource(), List.of())) {
                    SuppressionDirective directive = Objects.equals(resource.location().file(), checked.file())
                            ? applying(resource, rule.ruleId()) : null;
                    if (directive != null) {
                        used.add(use(directive, rule.ruleId()));
                    }
                }
            }
        }
        List<SuppressionDirective> directives = directives(model);
        List<LoadError> errors = new ArrayList<>(result.errors());
        errors.addAll(problems(directives));
        return new ScanResult(kept, suppressed, errors, result.files(), result.resources(), result.unverified(),
                result.threshold(), result.coverage(), result.baselined(), unused(directives, ran, used),
                result.notLoaded());
    }

    /**
     * The resource a finding of one instance is about: the one of its root (findings built by hand know none, and
     * get the first of that address, as a plan's resources without HCL).
     */
    private static Resource resourceOf(Finding f, List<Resource> sameAddress) {
        String root = f.instances().isEmpty() ? null : f.instances().get(0).root();
        if (root != null) {
            for (Resource r : sameAddress) {
                if (root.equals(r.rootModule())) {
                    return r;
                }
            }
        }
        return sameAddress.isEmpty() ? null : sameAddress.get(0);
    }

    /** The key of one rule ID of one comment having hidden something. */
    private static String use(SuppressionDirective directive, String ruleId) {
        return directive.file() + ":" + directive.line() + ":" + ruleId;
    }

    /** The comments that apply, with the IDs of rules that ran and matched nothing. */
    private List<UnusedSuppression> unused(List<SuppressionDirective> directives, Set<String> ran, Set<String> used) {
        List<UnusedSuppression> out = new ArrayList<>();
        for (SuppressionDirective d : directives) {
            if (!d.applies(today)) {
                continue; // reported as an error already
            }
            List<String> ids = d.ruleIds().stream().distinct()
                    .filter(id -> ran.contains(id) && !used.contains(use(d, id))).toList();
            if (!ids.isEmpty()) {
                out.add(new UnusedSuppression(d.file(), d.line(), ids, d.reason(), strict));
            }
        }
        return out;
    }

    /** The first directive that suppresses {@code ruleId} for the resource: its own block first, then its callers. */
    private SuppressionDirective applying(Resource resource, String ruleId) {
        List<SyntaxRef> blocks = new ArrayList<>();
        if (resource.syntax() != null) {
            blocks.add(resource.syntax());
        }
        // innermost call first: the comment nearest the resource is the one a reader would look at
        for (int i = resource.callers().size() - 1; i >= 0; i--) {
            blocks.add(resource.callers().get(i));
        }
        for (SyntaxRef ref : blocks) {
            for (SuppressionDirective d : file(ref).attachedTo(ref.block())) {
                if (d.appliesTo(ruleId, today)) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Every suppression comment in the files the model was read from, once each, by file and line: the files of
     * its resources and of its module calls.
     */
    private List<SuppressionDirective> directives(TerraformModel model) {
        Map<ConfigFile, SyntaxRef> sources = new IdentityHashMap<>();
        for (Resource r : model.resources()) {
            if (r.syntax() != null) {
                sources.putIfAbsent(r.syntax().config(), r.syntax());
            }
            for (SyntaxRef call : r.callers()) {
                sources.putIfAbsent(call.config(), call);
            }
        }
        for (Module m : model.modules()) {
            if (m.call() != null) {
                sources.putIfAbsent(m.call().config(), m.call());
            }
        }
        Map<String, SuppressionDirective> out = new LinkedHashMap<>();
        for (SyntaxRef ref : sources.values()) {
            for (SuppressionDirective d : file(ref).all()) {
                out.putIfAbsent(d.file() + ":" + d.line(), d);
            }
        }
        List<SuppressionDirective> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(SuppressionDirective::file).thenComparingInt(SuppressionDirective::line));
        return sorted;
    }

    /** Every problem of the comments, in their order. */
    private List<LoadError> problems(List<SuppressionDirective> directives) {
        List<LoadError> out = new ArrayList<>();
        for (SuppressionDirective d : directives) {
            for (String problem : d.problems(today, knownRuleIds)) {
                out.add(new LoadError(d.file(), d.line(), problem));
            }
        }
        return out;
    }

    private FileSuppressions file(SyntaxRef ref) {
        return files.computeIfAbsent(ref.config(), c -> new FileSuppressions(ref.file(), c));
    }
}
