package io.finguard.terraform;

/**
 * A {@code provider "aws" { … }} configuration, or the implicit empty one Terraform uses when a module declares
 * none.
 *
 * @param name          the provider's local name, e.g. {@code aws}
 * @param alias         null for the default configuration
 * @param moduleAddress the module that declares it ({@code ""} for a root module)
 * @param defaultTags   the evaluated {@code default_tags.tags}: an {@link Value.Obj}, an {@link Value.Unknown}, or
 *                      null when the configuration has no default tags
 * @param location      where it is declared; {@link Location#NONE} for an implicit configuration
 */
public record ProviderConfig(String name, String alias, String moduleAddress, Value defaultTags, Location location) {

    /** {@code aws} or {@code aws.us_west}, as written in {@code provider = …} references. */
    public String key() {
        return alias == null ? name : name + "." + alias;
    }

    /** Terraform's address of the configuration, e.g. {@code module.eks.provider["aws"].us_west}. */
    public String address() {
        String prefix = moduleAddress.isEmpty() ? "" : moduleAddress + ".";
        return prefix + "provider[\"" + name + "\"]" + (alias == null ? "" : "." + alias);
    }
}
