package io.finguard.engine.rego;

import io.finguard.api.FindingDraft;
import io.finguard.api.Rule;
import io.finguard.api.RuleContext;
import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.rego.PolicySet;
import io.finguard.rego.RegoException;
import io.finguard.rego.value.ArrayValue;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.ObjectValue;
import io.finguard.rego.value.SetValue;
import io.finguard.rego.value.StringValue;
import io.finguard.rego.value.Value;
import io.finguard.terraform.Location;
import io.finguard.terraform.Resource;
import io.finguard.terraform.ResourceMode;
import io.finguard.terraform.TerraformModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One {@code deny}/{@code violation}/{@code warn} rule of a Rego package as a finguard rule. A result is a string
 * (the message) or an object with {@code msg} and optionally {@code resource} (an address or {@code TYPE.NAME})
 * and {@code severity} (this finding's, else the rule's);
 * a finding that names a resource points at its block, otherwise at the first file of the root module.
 * The rule ID is {@code custom.id} from the rule's METADATA, else {@code package.rule}; the severity is
 * {@code custom.severity}, else high for {@code deny}/{@code violation} and low for {@code warn}.
 */
final class PolicyRule implements Rule {
    private static final String HELP_URI = "https://github.com/finguard/finguard/blob/main/docs/policies.md";

    private final PolicySet policies;
    private final String ref;
    private final RuleMetadata metadata;
    private final PolicyRules.Inputs inputs;

    PolicyRule(PolicySet policies, String packageAndRule, Map<String, Object> annotations, PolicyRules.Inputs inputs) {
        this.policies = policies;
        this.ref = "data." + packageAndRule;
        this.inputs = inputs;
        Map<?, ?> custom = annotations.get("custom") instanceof Map<?, ?> m ? m : Map.of();
        String id = custom.get("id") != null ? String.valueOf(custom.get("id")) : packageAndRule;
        String rule = packageAndRule.substring(packageAndRule.lastIndexOf('.') + 1);
        Severity severity = custom.get("severity") != null ? Severity.parse(String.valueOf(custom.get("severity")))
                : null;
        if (severity == null) {
            severity = rule.equals("warn") ? Severity.LOW : Severity.HIGH;
        }
        this.metadata = new RuleMetadata(id, packageAndRule, severity, summary(annotations, ref), Set.of(),
                List.of(), null, HELP_URI);
    }

    private static String summary(Map<String, Object> annotations, String ref) {
        Object title = annotations.get("title");
        Object description = annotations.get("description");
        if (title != null && description != null) {
            return title + ": " + description;
        }
        return title != null ? title.toString() : description != null ? description.toString() : "Rego rule " + ref;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public void check(RuleContext context) {
        Value input = inputs.of(context.model(), context.planMode());
        Value result;
        try {
            result = policies.evaluate(ref, input);
        } catch (RegoException e) {
            // the scanner reports a failing rule as an error of the scan, with this message
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (Value item : results(result)) {
            report(context, item);
        }
    }

    private List<Value> results(Value result) {
        if (result == null || result.equals(BoolValue.FALSE)) {
            return List.of();
        }
        if (result instanceof SetValue s) {
            return new ArrayList<>(s.items());
        }
        if (result instanceof ArrayValue a) {
            return a.items();
        }
        if (result.equals(BoolValue.TRUE)) {
            return List.of(StringValue.of(ref + " is true"));
        }
        return List.of(result);
    }

    private void report(RuleContext context, Value item) {
        String message;
        String resource = null;
        Severity severity = null;
        if (item instanceof StringValue s) {
            message = s.value();
        } else if (item instanceof ObjectValue o && o.get("msg") instanceof StringValue msg) {
            message = msg.value();
            if (o.get("resource") instanceof StringValue r) {
                resource = r.value();
            }
            if (o.get("severity") instanceof StringValue s) {
                severity = Severity.parse(s.value());
                if (severity == null) {
                    throw new IllegalStateException(ref + " gave severity \"" + s.value()
                            + "\": expected low, medium, high or critical");
                }
            }
        } else {
            throw new IllegalStateException(ref + " gave " + item + ": a result must be a string or an object with"
                    + " a string msg");
        }
        Resource target = resource == null ? null : find(context, resource);
        Resource at = target != null ? target : anchor(context, resource);
        Location where = target != null ? context.locate(target) : at.location();
        context.report(FindingDraft.of(at, where, message).withSeverity(severity));
    }

    /** The resource a result names: its full address, or TYPE.NAME in the root module. */
    private static Resource find(RuleContext context, String name) {
        for (Resource r : context.model().resources()) {
            if (r.address().equals(name)) {
                return r;
            }
        }
        for (Resource r : context.model().resources()) {
            String typeName = (r.mode() == ResourceMode.DATA ? "data." : "") + r.type() + "." + r.name();
            if (r.moduleAddress().isEmpty() && typeName.equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Where a finding without a (known) resource goes: the first {@code .tf} file of the root module (line 1),
     * under the name the policy gave, else "(root module DIR)".
     */
    private static Resource anchor(RuleContext context, String name) {
        TerraformModel model = context.model();
        String root = model.resources().stream().map(Resource::rootModule).filter(Objects::nonNull).findFirst()
                .orElse(".");
        Location first = firstFile(model, root);
        String label = name != null ? name : root.equals(".") ? "(root module)" : "(root module " + root + ")";
        return new Resource(label, ResourceMode.MANAGED, "", "", "",
                new io.finguard.terraform.Value.Obj(Map.of(), io.finguard.terraform.Value.ObjKind.OBJECT), null,
                null, null, first, null, List.of(), Map.of(), root);
    }

    private static Location firstFile(TerraformModel model, String root) {
        if (model.root() == null) {
            return Location.NONE;
        }
        Path dir = model.root().resolve(root).normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tf")).sorted().findFirst()
                    .map(n -> new Location(root.equals(".") ? n : root + "/" + n, 1, 1)).orElse(Location.NONE);
        } catch (IOException e) {
            return Location.NONE;
        }
    }
}
