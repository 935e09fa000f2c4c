package io.finguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.ProviderConfig;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.ValueJson;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code finguard inspect --format json}: {@code {"schemaVersion":1,"resources":[…],"modules":[…],"errors":[…],"notes":[…]}};
 * a module has its variables, locals, outputs and providers, an error its {@code kind} ({@code parse} or
 * {@code evaluation}).
 * Values are rendered as evaluated; an unknown is {@code {"unknown":"<source text>"}}. Streamed, since a large
 * repository's model is megabytes of JSON.
 */
public final class ModelJsonReport {

    public static final int SCHEMA_VERSION = 1;

    private final JsonFactory factory = new JsonFactory()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    public void write(TerraformModel model, Writer out) throws IOException {
        try (JsonGenerator gen = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            gen.writeStartObject();
            gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
            gen.writeArrayFieldStart("resources");
            for (Resource r : model.resources()) {
                writeResource(gen, r);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("modules");
            for (Module m : model.modules()) {
                writeModule(gen, m);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("errors");
            for (LoadError e : model.errors()) {
                gen.writeStartObject();
                gen.writeStringField("file", e.file());
                gen.writeNumberField("line", e.line());
                gen.writeStringField("message", e.message());
                gen.writeStringField("kind", e.isEvaluation() ? "evaluation" : "parse");
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("notes");
            for (String note : model.notes()) {
                gen.writeString(note);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeResource(JsonGenerator gen, Resource r) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("address", r.address());
        gen.writeStringField("type", r.type());
        gen.writeStringField("name", r.name());
        gen.writeStringField("mode", r.mode().json);
        gen.writeStringField("file", r.location().file());
        gen.writeNumberField("line", r.location().line());
        gen.writeNumberField("endLine", r.location().endLine());
        gen.writeStringField("provider", r.provider() == null ? null : r.provider().address());
        if (r.count() != null) {
            gen.writeFieldName("count");
            ValueJson.write(gen, r.count());
        }
        if (r.forEach() != null) {
            gen.writeFieldName("forEach");
            ValueJson.write(gen, r.forEach());
        }
        gen.writeFieldName("attributes");
        ValueJson.write(gen, r.values());
        gen.writeEndObject();
    }

    private static void writeModule(JsonGenerator gen, Module m) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("address", m.address());
        gen.writeStringField("source", m.source());
        gen.writeStringField("dir", m.dir());
        gen.writeBooleanField("loaded", m.loaded());
        gen.writeFieldName("variables");
        ValueJson.write(gen, new Value.Obj(m.variables(), Value.ObjKind.OBJECT));
        gen.writeFieldName("locals");
        ValueJson.write(gen, new Value.Obj(m.locals(), Value.ObjKind.OBJECT));
        gen.writeFieldName("outputs");
        ValueJson.write(gen, new Value.Obj(m.outputs(), Value.ObjKind.OBJECT));
        gen.writeObjectFieldStart("providers");
        for (Map.Entry<String, ProviderConfig> p : m.providers().entrySet()) {
            gen.writeObjectFieldStart(p.getKey());
            gen.writeStringField("address", p.getValue().address());
            gen.writeFieldName("defaultTags");
            if (p.getValue().defaultTags() == null) {
                gen.writeNull();
            } else {
                ValueJson.write(gen, p.getValue().defaultTags());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
