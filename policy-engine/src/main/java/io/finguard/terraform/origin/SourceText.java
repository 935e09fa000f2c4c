package io.finguard.terraform.origin;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Range;

/** Source as a message quotes it: on one line, cut to a readable length. */
public final class SourceText {

    private static final int MAX = 80;

    private SourceText() {
    }

    public static String of(ConfigFile config, Range range) {
        String text = config.source().slice(range).strip().replaceAll("\\s+", " ");
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
