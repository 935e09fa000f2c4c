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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies {@code # finguard:ignore} comments (SPEC §5) to a scan result. A comment above or inside a resource
 * block suppresses the rules it names for that resource; above or inside a {@code module} block, for every
 * resource that call creates, however deep. Suppressed findings move to {@link ScanResult#suppressed()}.
 * <p>
 * Comments that cannot apply (no reason, expired, malformed, naming an unknown rule) are added to
 * {@link ScanResult#errors()}: they are problems in the user's files that every report format must show, and the
 * findings they meant to hide are reported again (see docs/decisions/004-suppressions.md).
 * <p>
 * One instance serves one scan: it caches each file's comments by identity.
 */
public final class Suppressions {

    private final Set<String> knownRuleIds;
    private final LocalDate today;
    private final Map<ConfigFile, FileSuppressions> files = new IdentityHashMap<>();

    /**
     * @param knownRuleIds the IDs a suppression may name; others are reported as unknown
     * @param today        the date expiry is judged against (from the caller's clock)
     */
    public Suppressions(Set<String> knownRuleIds, LocalDate today) {
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.today = today;
    }

    public ScanResult apply(ScanResult result, TerraformModel model) {
        Map<String, Resource> byAddress = new HashMap<>();
        for (Resource r : model.resources()) {
            byAddress.putIfAbsent(r.address(), r);
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>(result.suppressed());
        for (Finding f : result.findings()) {
            Resource resource = byAddress.get(f.resource());
            SuppressionDirective directive = resource == null ? null : applying(resource, f.ruleId());
            if (directive == null) {
                kept.add(f);
            } else {
                suppressed.add(f.withSuppression(directive.toSuppression()));
            }
        }
        List<LoadError> errors = new ArrayList<>(result.errors());
        errors.addAll(problems(model));
        return new ScanResult(kept, suppressed, errors, result.files(), result.resources(), result.unverified(),
                result.threshold(), result.coverage(), result.baselined());
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

    /** Every problematic suppression comment in the files the model was read from, once each, by file and line. */
    private List<LoadError> problems(TerraformModel model) {
        Map<ConfigFile, SyntaxRef> sources = new java.util.IdentityHashMap<>();
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
        Map<String, LoadError> out = new LinkedHashMap<>();
        for (SyntaxRef ref : sources.values()) {
            for (SuppressionDirective d : file(ref).all()) {
                for (String problem : d.problems(today, knownRuleIds)) {
                    out.putIfAbsent(d.file() + ":" + d.line() + ":" + problem, new LoadError(d.file(), d.line(), problem));
                }
            }
        }
        List<LoadError> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(LoadError::file).thenComparingInt(LoadError::line));
        return sorted;
    }

    private FileSuppressions file(SyntaxRef ref) {
        return files.computeIfAbsent(ref.config(), c -> new FileSuppressions(ref.file(), c));
    }
}
