package io.finguard.terraform.load;

import io.finguard.hcl.ConfigFile;

/** A parsed file and the path reports show for it (relative to the scan root, {@code /}-separated). */
record ParsedFile(String reportPath, ConfigFile config) {
}
