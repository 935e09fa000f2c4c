package io.finguard.terraform.origin;

import io.finguard.hcl.ConfigFile;
import io.finguard.hcl.Range;

/** Source as a message quotes it: on one line, cut to a readable length. */
public final class SourceText {

    private static final int MAX = 80;

    private SourceText() {
    }

    public static String of(ConfigFile config, Range range) {
        return of(config, range, MAX);
    }

    /** As {@link #of(ConfigFile, Range)}, cut to at most {@code max} characters. */
    public static String of(ConfigFile config, Range range, int max) {
        String text = config.source().slice(range).strip().replaceAll("\\s+", " ");
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
