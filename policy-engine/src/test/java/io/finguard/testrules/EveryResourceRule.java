package io.finguard.testrules;

import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.terraform.Resource;

import java.util.List;
import java.util.Set;

/** Test-only rule FG902: reports every managed resource at its header. Has no docs page, on purpose. */
public final class EveryResourceRule implements Rule {

    @Override
    public RuleMetadata metadata() {
        return new RuleMetadata("FG902", "every-resource", Severity.LOW, "Reports every managed resource.",
                Set.of(), List.of(), "/io/finguard/testrules/FG902.md", "https://example.invalid/docs/FG902.md");
    }

    @Override
    public void check(RuleContext context) {
        for (Resource r : context.resources()) {
            context.report(r, r.type() + " " + r.name() + " exists");
        }
    }
}
