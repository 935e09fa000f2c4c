package io.finguard.engine.rego;

import io.finguard.api.Rule;
import io.finguard.rego.PolicySet;
import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Module;
import io.finguard.rego.value.Value;
import io.finguard.terraform.TerraformModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Rego policy directories, by conftest's conventions: each {@code deny}, {@code violation} or
 * {@code warn} rule of an included package is one finguard rule, whose results become findings.
 */
public final class PolicyRules {
    /** The rule names conftest evaluates; {@code warn} results are warnings, the others failures. */
    public static final Set<String> CONVENTIONS = Set.of("deny", "violation", "warn");

    private PolicyRules() {
    }

    /**
     * Loads the policies and makes their rules.
     *
     * @param plan the plan JSON a plan-mode scan reads (the policies' input then), or null
     * @throws PolicyLoadException a policy does not parse or compile (file and line in the message)
     */
    public static List<Rule> load(List<PolicySource> sources, Path plan) throws PolicyLoadException {
        Inputs inputs = new Inputs(plan);
        List<Rule> rules = new ArrayList<>();
        for (PolicySource source : sources) {
            PolicySet set;
            try {
                set = PolicySet.load(List.of(source.path()), source.version());
            } catch (RegoException e) {
                throw new PolicyLoadException(e);
            }
            Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();
            for (Module m : set.modules()) {
                if (!source.includes(m.packageName())) {
                    continue;
                }
                for (io.finguard.rego.ast.Rule r : m.rules()) {
                    if (r.path().size() == 1 && CONVENTIONS.contains(r.name())) {
                        String key = m.packageName() + "." + r.name();
                        Map<String, Object> meta = metadata.get(key);
                        if (meta == null || meta.isEmpty()) {
                            metadata.put(key, r.metadata());
                        }
                    }
                }
            }
            metadata.forEach((key, meta) -> rules.add(new PolicyRule(set, key, meta, inputs)));
        }
        return rules;
    }

    /** The input documents of one scan: per root module for HCL (built once, shared by the rules), or the plan. */
    static final class Inputs {
        private final Path plan;
        private final Map<TerraformModel, Value> hcl = Collections.synchronizedMap(new IdentityHashMap<>());
        private Value planDocument;

        Inputs(Path plan) {
            this.plan = plan;
        }

        Value of(TerraformModel model, boolean planMode) {
            if (planMode && plan != null) {
                synchronized (this) {
                    if (planDocument == null) {
                        planDocument = RegoInput.plan(plan);
                    }
                    return planDocument;
                }
            }
            return hcl.computeIfAbsent(model, RegoInput::hcl);
        }
    }

    /** A policy that does not load: a syntax error, an unsafe variable, a refused builtin. */
    public static final class PolicyLoadException extends Exception {
        private final transient RegoException cause;

        PolicyLoadException(RegoException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }

        /** The file the error is in, or null. */
        public String file() {
            return cause.location() == null ? null : cause.location().file();
        }

        /** The line, or 0. */
        public int line() {
            return cause.location() == null ? 0 : cause.location().line();
        }

        /** The message without file and line. */
        public String problem() {
            return cause.code() + ": " + cause.bareMessage();
        }
    }
}
