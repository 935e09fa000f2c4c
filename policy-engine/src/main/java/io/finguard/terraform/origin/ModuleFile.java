package io.finguard.terraform.origin;

import io.finguard.hcl.ConfigFile;

/** A parsed file of a module directory and its path as reports name it (relative to the scan root). */
public record ModuleFile(String file, ConfigFile config) {
}
