package io.finguard.rules;

import io.finguard.api.edit.FileEdits;
import io.finguard.api.edit.HclValue;
import io.finguard.api.RuleContext;
import io.finguard.hcl.Block;
import io.finguard.terraform.Resource;
import io.finguard.terraform.origin.ChainStep;
import io.finguard.terraform.origin.InstanceSource;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.terraform.origin.ValueSources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fix written where a value is set rather than in the resource block that reads it
 * (docs/decisions/076-value-chains-and-fixes-at-source.md): the literal at the end of the value's chain (a
 * {@code locals} entry, a caller's module argument, a tfvars entry, a root module's variable default), or, when the
 * caller of a module leaves the variable to its default, a new argument on the caller's {@code module} block. Never
 * an edit of a file that other module instances share, and only when every reader the edit reaches wants that very
 * value.
 */
public final class SourceFix {

    private final RuleContext context;
    private final ValueSources sources;
    private final SourceReaders readers;

    /**
     * @param checked the resources the rule checks in this root (readers it can vouch for)
     * @param wanted  what the rule would write at each of their arguments
     */
    public SourceFix(RuleContext context, List<Resource> checked, Wanted wanted) {
        this.context = context;
        this.sources = context.model().sources();
        this.readers = new SourceReaders(sources, checked, wanted);
    }

    /** The chain of the argument {@code name} in the block at {@code blockPath} of {@code resource}. */
    ValueChain trace(Resource resource, List<String> blockPath, String name) {
        List<String> path = new ArrayList<>(blockPath);
        path.add(name);
        return context.origin(resource, path.toArray(String[]::new));
    }

    /**
     * Where a fix at the end of {@code chain} writes, for its description: {@code in terraform.tfvars:24}, or
     * {@code as days = 30 on module "logs" (main.tf:12)}.
     */
    static String place(ValueChain chain, HclValue value) {
        ChainStep source = chain.source();
        return chain.end() == ValueChain.End.NOT_SET
                ? "as " + source.variable() + " = " + value.text() + " on " + chain.callText(source)
                : "in " + chain.where(source);
    }

    /**
     * Adds to {@code edits} (one {@link FileEdits} per file by source name, shared with the caller's other edits) the edit that
     * sets the value of {@code chain} to {@code value}; returns null when done, else why it cannot be.
     */
    String write(ValueChain chain, HclValue value, Map<String, FileEdits> edits) {
        ChainStep source = chain.source();
        String from = chain.describe();
        switch (chain.end()) {
            case LITERAL -> {
                String shared = shared(source.instance(), chain.where(source));
                if (shared != null) {
                    return from + "; " + shared;
                }
                String why = readers.disagreement(literalTargets(source), value.text(), chain.paths());
                if (why != null) {
                    return from + "; " + why;
                }
                FileEdits.in(edits, source.config()).replaceExpression(source.expression(), value);
                return null;
            }
            case NOT_SET -> {
                InstanceSource caller = sources.instance(source.instance().root(), source.instance().parent());
                if (caller == null) {
                    return from + "; its caller was not loaded";
                }
                String shared = shared(caller, chain.callText(source));
                if (shared != null) {
                    return from + "; " + shared;
                }
                List<SourceReaders.Target> targets = argumentTargets(caller, source.call().block(), source.variable(),
                        List.of());
                String why = readers.disagreement(targets, value.text(), chain.paths());
                if (why != null) {
                    return from + "; " + why;
                }
                FileEdits.in(edits, source.call().config())
                        .insertAttribute(source.call().block(), source.variable(), value);
                return null;
            }
            case COMMAND_LINE -> {
                return from + "; change the --var " + source.variable() + " you pass";
            }
            case UNKNOWN -> {
                return from + "; set it where the module is called";
            }
            default -> {
                return from + ", which is not a plain reference; change it where it is set";
            }
        }
    }

    /** The values a literal edit at {@code step} changes: its variable or local, in each instance it reaches. */
    private List<SourceReaders.Target> literalTargets(ChainStep step) {
        InstanceSource in = step.instance();
        return switch (step.kind()) {
            case LOCAL -> List.of(new SourceReaders.Target(in, "local", step.variable(), step.path()));
            case ARGUMENT -> argumentTargets(in, step.call().block(), step.variable(), step.path());
            default -> List.of(new SourceReaders.Target(in, "var", step.variable(), step.path()));
        };
    }

    /** The variable a {@code module} block of {@code caller} sets, in each instance that block makes. */
    private List<SourceReaders.Target> argumentTargets(InstanceSource caller, Block call, String variable,
                                                       List<String> path) {
        return sources.children(caller, call).stream()
                .map(child -> new SourceReaders.Target(child, "var", variable, path)).toList();
    }

    /**
     * Why a file of {@code instance}'s module may not be edited for this one value: other instances of the module
     * (other callers, other roots) read the same text. Null when it has one instance in the scan.
     */
    private String shared(InstanceSource instance, String place) {
        int n = sources.instancesOf(instance.dir()).size();
        return n <= 1 ? null : place + " is in a module that " + n
                + " module instances share; an edit there would change them all";
    }
}
