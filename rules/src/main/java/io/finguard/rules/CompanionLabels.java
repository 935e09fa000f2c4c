package io.finguard.rules;

import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;
import io.finguard.terraform.BlockAt;
import io.finguard.terraform.Resource;
import io.finguard.terraform.TerraformModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the label of each {@link CompanionBlock} a rule writes during one check: the anchor's own name when no
 * resource of that type in the module has it ({@code aws_cloudwatch_log_group.hook} for
 * {@code aws_lambda_function.hook}), else the name with a suffix ({@code hook_logs}), then numbered
 * ({@code hook_logs_2}). A module's names are those of every {@code resource} block in its directory's files that
 * the scan parsed, plus the labels chosen so far, so two new blocks never collide. The instances of one anchor block
 * (a module called twice) get the same label, so that their fixes are the same edit. One per rule check; not
 * thread-safe.
 */
public final class CompanionLabels {

    private final TerraformModel model;
    private final Map<String, Set<String>> takenByDirectory = new HashMap<>();
    /** By anchor block, by type of the companion block. */
    private final Map<BlockAt, Map<String, String>> chosen = new HashMap<>();

    public CompanionLabels(TerraformModel model) {
        this.model = model;
    }

    /** The label of the {@code type} block that accompanies {@code anchor} (which has HCL). */
    public String labelFor(Resource anchor, String type, String suffix) {
        Map<String, String> byType = chosen.computeIfAbsent(BlockAt.of(anchor.syntax()), k -> new HashMap<>());
        String known = byType.get(type);
        if (known != null) {
            return known;
        }
        Set<String> taken = taken(directory(anchor.syntax().file()));
        String label = anchor.name();
        if (taken.contains(type + "." + label)) {
            String base = anchor.name() + "_" + suffix;
            label = base;
            for (int n = 2; taken.contains(type + "." + label); n++) {
                label = base + "_" + n;
            }
        }
        taken.add(type + "." + label);
        byType.put(type, label);
        return label;
    }

    private Set<String> taken(String directory) {
        return takenByDirectory.computeIfAbsent(directory, dir -> {
            Map<String, ConfigFile> files = new HashMap<>();
            for (Resource r : model.resources()) {
                if (r.syntax() != null && directory(r.syntax().file()).equals(dir)) {
                    files.putIfAbsent(r.syntax().file(), r.syntax().config());
                }
            }
            Set<String> names = new HashSet<>();
            for (ConfigFile f : files.values()) {
                for (Block b : f.body().blocks("resource")) {
                    if (b.labelValues().size() == 2) {
                        names.add(b.labelValues().get(0) + "." + b.labelValues().get(1));
                    }
                }
            }
            return names;
        });
    }

    private static String directory(String reportPath) {
        int slash = reportPath.lastIndexOf('/');
        return slash < 0 ? "" : reportPath.substring(0, slash);
    }
}
