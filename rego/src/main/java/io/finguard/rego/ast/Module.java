package io.finguard.rego.ast;

import java.util.List;
import java.util.Map;

/** A parsed {@code .rego} file: its package path, imports, rules and package-level METADATA. */
public record Module(String file, List<String> packagePath, List<Import> imports, List<Rule> rules,
                     Map<String, Object> packageMetadata, boolean v1) {

    /** {@code import data.x.y as z}: {@code path} is the reference, {@code alias} the name it is known by. */
    public record Import(Term.Ref path, String alias, Location loc) {
    }

    public String packageName() {
        return String.join(".", packagePath);
    }
}
