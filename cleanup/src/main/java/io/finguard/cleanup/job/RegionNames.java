package io.finguard.cleanup.job;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Checks region names before any client is built, so a typo is a usage error instead of a DNS failure later. */
public final class RegionNames {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private RegionNames() {
    }

    /** @throws IllegalArgumentException naming the first malformed region */
    public static List<String> validate(List<String> regions) {
        for (String r : regions) {
            if (!REGION.matcher(r).matches()) {
                throw new IllegalArgumentException("'" + r + "' is not a region name (like eu-west-1)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(regions));
    }
}
