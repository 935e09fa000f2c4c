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
 * @param syntax        the {@code provider} block, so that a fix can write its {@code default_tags}; null for an
 *                      implicit configuration or one known only from a plan
 */
public record ProviderConfig(String name, String alias, String moduleAddress, Value defaultTags, Location location,
                             SyntaxRef syntax) {

    /** A configuration without a block to edit: implicit, or known only from a plan. */
    public ProviderConfig(String name, String alias, String moduleAddress, Value defaultTags, Location location) {
        this(name, alias, moduleAddress, defaultTags, location, null);
    }

    /** This configuration, written by {@code block}: a plan's configuration joined with its HCL. */
    public ProviderConfig withSyntax(SyntaxRef block) {
        return new ProviderConfig(name, alias, moduleAddress, defaultTags, location, block);
    }

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
