package io.finguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.ValueJson;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code finguard inspect --format json}: {@code {"schemaVersion":1,"resources":[…],"modules":[…],"errors":[…]}}.
 * Values are rendered as evaluated; an unknown is {@code {"unknown":"<source text>"}}.
 */
public final class ModelJsonReport {

    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(TerraformModel model, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode resources = root.putArray("resources");
        for (Resource r : model.resources()) {
            ObjectNode n = resources.addObject();
            n.put("address", r.address());
            n.put("type", r.type());
            n.put("name", r.name());
            n.put("mode", r.mode().json);
            n.put("file", r.location().file());
            n.put("line", r.location().line());
            n.put("endLine", r.location().endLine());
            n.put("provider", r.provider() == null ? null : r.provider().address());
            if (r.count() != null) {
                n.set("count", ValueJson.toJson(r.count()));
            }
            if (r.forEach() != null) {
                n.set("forEach", ValueJson.toJson(r.forEach()));
            }
            n.set("attributes", ValueJson.toJson(r.values()));
        }
        ArrayNode modules = root.putArray("modules");
        for (Module m : model.modules()) {
            ObjectNode n = modules.addObject();
            n.put("address", m.address());
            n.put("source", m.source());
            n.put("dir", m.dir());
            n.put("loaded", m.loaded());
            n.set("variables", ValueJson.toJson(new Value.Obj(m.variables(), Value.ObjKind.OBJECT)));
            n.set("locals", ValueJson.toJson(new Value.Obj(m.locals(), Value.ObjKind.OBJECT)));
            ObjectNode providers = n.putObject("providers");
            for (Map.Entry<String, io.finguard.terraform.ProviderConfig> p : m.providers().entrySet()) {
                ObjectNode pn = providers.putObject(p.getKey());
                pn.put("address", p.getValue().address());
                pn.set("defaultTags", p.getValue().defaultTags() == null ? null
                        : ValueJson.toJson(p.getValue().defaultTags()));
            }
        }
        ArrayNode errors = root.putArray("errors");
        for (LoadError e : model.errors()) {
            ObjectNode n = errors.addObject();
            n.put("file", e.file());
            n.put("line", e.line());
            n.put("message", e.message());
        }
        mapper.writeValue(out, root);
        out.write(System.lineSeparator());
        out.flush();
    }
}
