package io.finguard.rego;

import io.finguard.rego.ast.Location;
import io.finguard.rego.value.Json;
import io.finguard.rego.value.Value;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads JSON and YAML documents (data files, inputs). */
public final class DataFiles {
    private DataFiles() {
    }

    /** Parses a {@code .json}, {@code .yaml} or {@code .yml} file's text; errors name the file. */
    public static Value parse(String file, String text) {
        try {
            if (file.endsWith(".json")) {
                return Json.parse(text);
            }
            return Json.fromJava(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (RuntimeException e) {
            throw new RegoException("rego_load_error", "cannot parse " + file + ": " + e.getMessage(),
                    new Location(file, 1, 1));
        }
    }
}
