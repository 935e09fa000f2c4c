package io.finguard.report;

import io.finguard.terraform.LoadError;
import io.finguard.terraform.Module;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;
import io.finguard.terraform.eval.ValueJson;

import java.io.PrintWriter;
import java.util.Map;

/** {@code finguard inspect} for a person: resources grouped by module, with where they are and their values. */
public final class ModelTextReport {

    public void write(TerraformModel model, PrintWriter out) throws java.io.IOException {
        // one generator for every value: creating one per value was most of the time on large models
        com.fasterxml.jackson.core.JsonGenerator values = new com.fasterxml.jackson.core.JsonFactory()
                .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
                .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .createGenerator(out);
        values.setRootValueSeparator(null);
        String currentModule = null;
        for (Resource r : model.resources()) {
            if (!r.moduleAddress().equals(currentModule)) {
                currentModule = r.moduleAddress();
                out.println(currentModule.isEmpty() ? "root module" : currentModule);
            }
            String at = r.location().isKnown() ? r.location().file() + ":" + r.location().line() : "(plan)";
            String provider = r.provider() == null ? "" : "  provider " + r.provider().key();
            out.println("  " + r.address() + "  " + at + provider);
            for (Map.Entry<String, Value> e : r.values().entries().entrySet()) {
                out.print("    " + e.getKey() + " = ");
                ValueJson.write(values, e.getValue());
                values.flush();
                out.println();
            }
        }
        for (Module m : model.modules()) {
            if (!m.loaded()) {
                out.println("not loaded: " + m.address() + " (" + m.source() + "): run 'terraform init' to fetch it");
            }
        }
        out.println(model.resources().size() + " resources in " + model.modules().size() + " modules, "
                + model.errors().size() + " errors");
        for (LoadError e : model.errors()) {
            out.println("error: " + e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.message());
        }
        for (String note : model.notes()) {
            out.println("note: " + note);
        }
        out.flush();
    }
}
