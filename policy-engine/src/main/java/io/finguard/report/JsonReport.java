package io.finguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.ValueJson;
import io.finguard.terraform.origin.ChainStep;
import io.finguard.terraform.origin.ValueChain;
import io.finguard.engine.ModuleNotLoaded;
import io.finguard.engine.ReportBase;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.terraform.LoadError;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code finguard scan --format json}: the stable report, {@code schemaVersion} 1. Keys appear in a fixed order; a
 * key is never omitted, and a value that does not exist (the file and lines of a finding from a plan without HCL,
 * the line of an error about a whole file) is {@code null}. Files are relative to {@link ReportContext#base}. After
 * {@code errors} comes {@code unusedSuppressions}: {@code {file, line, ruleIds, reason, message, fails}} for each
 * suppression comment that matched no finding ({@code fails} under {@code --strict}), then {@code modulesNotLoaded}:
 * {@code {address, source, file, line, message}} for each remote module call that {@code terraform init} has not
 * installed, so that nothing in it was checked.
 */
public final class JsonReport implements ScanReport {

    /** Bumped only when a key is renamed, removed or changes meaning; new keys keep the version. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = ReportJson.mapper();

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolIdentity.NAME);
        tool.put("version", context.toolVersion());
        ReportBase base = context.base();
        addFindings(root.putArray("findings"), result.findings(), false, base);
        addFindings(root.putArray("suppressed"), result.suppressed(), true, base);
        ArrayNode errors = root.putArray("errors");
        for (LoadError e : result.errors()) {
            ObjectNode n = errors.addObject();
            n.put("file", base.path(e.file()));
            putLine(n, "line", e.line());
            n.put("message", e.message());
        }
        addUnusedSuppressions(root.putArray("unusedSuppressions"), result.unusedSuppressions(), base);
        ArrayNode notLoaded = root.putArray("modulesNotLoaded");
        for (ModuleNotLoaded m : result.notLoaded()) {
            ObjectNode n = notLoaded.addObject();
            n.put("address", m.address());
            n.put("source", m.source());
            n.put("file", base.path(m.file()));
            putLine(n, "line", m.line());
            n.put("message", ModuleNotLoaded.REASON);
        }
        root.set("summary", summary(result));
        ReportJson.write(mapper, root, out);
    }

    private void addFindings(ArrayNode array, List<Finding> findings, boolean withSuppression, ReportBase base) {
        for (Finding f : findings) {
            ObjectNode n = array.addObject();
            n.put("ruleId", f.ruleId());
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            n.put("resource", f.resource());
            n.put("resourceType", f.resourceType());
            n.put("file", base.path(f.file()));
            putLine(n, "line", f.line());
            putLine(n, "endLine", Math.max(f.line(), f.endLine()));
            n.put("message", f.message());
            n.put("fixable", f.fixable());
            // a later addition: why finguard fix leaves it alone, when the rule or the fix check said
            if (!f.fixable() && f.notFixableReason() != null) {
                n.put("notFixableReason", f.notFixableReason());
            }
            n.put("fingerprint", f.fingerprint());
            addInstances(n.putArray("instances"), f, base);
            if (withSuppression && f.suppression() != null) {
                ObjectNode s = n.putObject("suppression");
                s.put("reason", f.suppression().reason());
                s.put("until", f.suppression().until());
            }
        }
    }

    /**
     * The instances a finding stands for (decision 075), a later addition: {@code address}, {@code root} (the root
     * module's directory as reports name paths) and {@code via}, the {@code module} blocks that created it,
     * outermost first.
     */
    static void addInstances(ArrayNode array, Finding f, ReportBase base) {
        for (FindingInstance i : f.instances()) {
            ObjectNode n = array.addObject();
            n.put("address", i.address());
            n.put("root", root(i, base));
            ArrayNode via = n.putArray("via");
            for (FindingInstance.Call c : i.via()) {
                ObjectNode call = via.addObject();
                call.put("file", base.path(c.file()));
                putLine(call, "line", c.line());
            }
            if (i.origin() != null) {
                addOrigin(n.putArray("origin"), i.origin(), base);
            }
        }
    }

    /**
     * Where the instance's value at fault comes from (decision 076), a later addition present only when the rule
     * traced it: each place with {@code file} and {@code line} (null for {@code --var}), {@code source} as written
     * and {@code value} as evaluated there, the resource's argument first.
     */
    private static void addOrigin(ArrayNode array, ValueChain chain, ReportBase base) {
        for (ChainStep step : chain.steps()) {
            ObjectNode n = array.addObject();
            n.put("kind", step.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("file", step.file() == null ? null : base.path(step.file()));
            putLine(n, "line", step.line());
            n.put("source", step.text());
            n.set("value", ValueJson.toJson(step.value() == null ? Value.NULL : step.value()));
        }
    }

    /** The root module's directory as reports name it ({@code .} for the base itself), or null when unknown. */
    static String root(FindingInstance i, ReportBase base) {
        return i.root() == null ? null : base.path(i.root().isEmpty() ? "." : i.root());
    }

    /** A later addition, as {@code baselined}: new keys keep schemaVersion 1. */
    private static void addUnusedSuppressions(ArrayNode array, List<UnusedSuppression> unused, ReportBase base) {
        for (UnusedSuppression u : unused) {
            ObjectNode n = array.addObject();
            n.put("file", base.path(u.file()));
            putLine(n, "line", u.line());
            ArrayNode ids = n.putArray("ruleIds");
            u.ruleIds().forEach(ids::add);
            n.put("reason", u.reason());
            n.put("message", u.message());
            n.put("fails", u.fails());
        }
    }

    private ObjectNode summary(ScanResult result) {
        ObjectNode s = mapper.createObjectNode();
        s.put("files", result.files());
        s.put("resources", result.resources());
        s.put("findings", result.findings().size());
        // a later addition: what the findings stand for, one per resource instance (decision 075)
        s.put("instances", result.findings().stream().mapToInt(f -> f.instances().size()).sum());
        s.put("suppressed", result.suppressed().size());
        s.put("baselined", result.baselined()); // a later addition: new keys keep schemaVersion 1
        s.put("unverified", result.unverified().size());
        s.put("errors", result.errors().size());
        s.put("unusedSuppressions", result.unusedSuppressions().size());
        s.put("modulesNotLoaded", result.notLoaded().size());
        ObjectNode bySeverity = s.putObject("bySeverity");
        for (Map.Entry<Severity, Integer> e : result.bySeverity().entrySet()) {
            bySeverity.put(e.getKey().id(), e.getValue());
        }
        return s;
    }

    /** Lines are 1-based; 0 or less means "no line" (a plan-only finding, an error about a whole file). */
    private static void putLine(ObjectNode n, String key, int line) {
        if (line > 0) {
            n.put(key, line);
        } else {
            n.putNull(key);
        }
    }
}
