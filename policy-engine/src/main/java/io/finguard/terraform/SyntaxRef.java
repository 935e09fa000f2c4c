package io.finguard.terraform;

import io.finguard.hcl.Block;
import io.finguard.hcl.ConfigFile;

/**
 * A block in a parsed file: lets rules point at the exact attribute that is wrong, lets suppressions read the
 * comments around it, and lets fixes edit it. {@code file} is the report path of the file.
 */
public record SyntaxRef(String file, ConfigFile config, Block block) {

    public Location location() {
        return new Location(file, block.range().startLine(), block.range().endLine());
    }
}
