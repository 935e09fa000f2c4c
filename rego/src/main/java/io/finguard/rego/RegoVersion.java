package io.finguard.rego;

/** The syntax a policy is read in. A module with {@code import rego.v1} is v1 whatever is chosen. */
public enum RegoVersion {
    V0, V1;

    /** Parses {@code v0}/{@code v1} (case-insensitive); throws {@link IllegalArgumentException} otherwise. */
    public static RegoVersion parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "v0", "0" -> V0;
            case "v1", "1" -> V1;
            default -> throw new IllegalArgumentException("unknown Rego version '" + s + "': use v0 or v1");
        };
    }
}
