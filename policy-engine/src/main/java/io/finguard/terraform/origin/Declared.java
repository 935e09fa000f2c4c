package io.finguard.terraform.origin;

import io.finguard.hcl.Attribute;
import io.finguard.hcl.ConfigFile;

/**
 * An argument written somewhere a value is set: a {@code locals} entry, a tfvars entry, a variable's
 * {@code default}, a {@code module} block's argument. {@code file} is the path as reports name it.
 */
public record Declared(String file, ConfigFile config, Attribute attribute) {

    public int line() {
        return attribute.range().startLine();
    }
}
