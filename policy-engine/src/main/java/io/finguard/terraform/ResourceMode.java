package io.finguard.terraform;

/** Managed resources ({@code resource}) and data sources ({@code data}), named as in plan JSON. */
public enum ResourceMode {
    MANAGED("managed"), DATA("data");

    public final String json;

    ResourceMode(String json) {
        this.json = json;
    }
}
