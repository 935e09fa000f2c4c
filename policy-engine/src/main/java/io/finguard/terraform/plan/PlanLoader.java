package io.finguard.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.finguard.terraform.LoadError;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.Value;

import java.io.File;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code terraform show -json} output into a {@link TerraformModel}. Plan resources have their instance
 * addresses ({@code aws_s3_bucket.b[0]}), evaluated values with {@link Value.Unknown} for what is known only after
 * apply, and the provider configuration they use; they have no file location (the caller joins them with HCL by
 * address when it has both).
 * <p>
 * Never throws for bad input: an unreadable, malformed or foreign file yields a model with no resources and one
 * {@link LoadError}. Instances hold no state between loads and may be shared.
 */
public final class PlanLoader {

    private final PlanFileReader reader = new PlanFileReader();

    /** The plan as a model; see {@link #read} for the configuration references as well. */
    public TerraformModel load(Path planFile, Path scanRoot) {
        return read(planFile, scanRoot).model();
    }

    /**
     * @param planFile the plan JSON file
     * @param scanRoot the directory report paths are relative to; errors name the plan relative to it when it is
     *                 inside, else as given
     */
    public LoadedPlan read(Path planFile, Path scanRoot) {
        String file = reportPath(planFile, scanRoot);
        Path root = scanRoot != null ? scanRoot : planFile.toAbsolutePath().getParent();
        try {
            PlanHeader header = reader.readHeader(planFile);
            String version = header.formatVersion();
            if (version != null && !readable(version)) {
                return failed(root, file, 0, "unsupported plan format_version " + version
                        + " (finguard reads 0.x and 1.x)");
            }
            PlanConfiguration configuration = PlanConfiguration.from(header.configuration());
            PlanReferences references = PlanReferences.from(configuration);
            PlanModelBuilder builder = new PlanModelBuilder(configuration, references, file);
            reader.readResources(planFile, header, builder);
            TerraformModel model = new TerraformModel(root, builder.modules(variables(header.variables())),
                    builder.resources(), builder.errors());
            return new LoadedPlan(model, references);
        } catch (PlanReadException e) {
            return failed(root, file, e.line(), e.getMessage());
        } catch (RuntimeException e) {
            // The reader checks shapes as it goes; this is the last guard that keeps one odd plan from stopping a
            // scan of everything else (docs/reference.md, Guarantees).
            return failed(root, file, 0, "cannot load plan: " + e);
        }
    }

    /**
     * Whether finguard reads plans of this {@code format_version}. Terraform 0.12 to 0.14 write "0.1", 0.15 writes
     * "0.2" and 1.x writes "1.x"; what finguard reads (the module trees, {@code resource_changes}, the
     * configuration's expressions and provider keys) has the same shape in all of them, and the differences
     * ({@code provider_name} without its registry host, module-relative {@code provider_config_key}s, no
     * {@code sensitive_values}) are handled where they are read. Terraform bumps the major version only for changes
     * that break consumers, so a major above 1 is one finguard does not know.
     */
    static boolean readable(String formatVersion) {
        int dot = formatVersion.indexOf('.');
        String major = dot < 0 ? formatVersion : formatVersion.substring(0, dot);
        return major.equals("0") || major.equals("1");
    }

    private static Map<String, Value> variables(JsonNode variables) {
        Map<String, Value> values = new LinkedHashMap<>();
        variables.fields().forEachRemaining(entry -> {
            if (entry.getValue().has("value")) {
                values.put(entry.getKey(), PlanValues.of(entry.getValue().get("value")));
            }
        });
        return Collections.unmodifiableMap(values);
    }

    private static LoadedPlan failed(Path root, String file, int line, String message) {
        return new LoadedPlan(new TerraformModel(root, List.of(), List.of(), List.of(new LoadError(file, line, message))),
                PlanReferences.EMPTY);
    }

    /** Relative to the scan root with {@code /} when the plan is inside it; otherwise the path as given. */
    static String reportPath(Path file, Path root) {
        if (root != null) {
            Path absoluteFile = file.toAbsolutePath().normalize();
            Path absoluteRoot = root.toAbsolutePath().normalize();
            if (absoluteFile.startsWith(absoluteRoot) && !absoluteFile.equals(absoluteRoot)) {
                return absoluteRoot.relativize(absoluteFile).toString().replace(File.separatorChar, '/');
            }
        }
        return file.toString();
    }
}
