package io.finguard.api.edit;

/** {@code name = value} in a {@link NewBlock}, or inserted with {@link FileEdits#insertAttribute}. */
public record NewAttribute(String name, HclValue value) implements NewItem {

    public NewAttribute {
        if (!HclValue.isIdentifier(name)) {
            throw new IllegalArgumentException("not an attribute name: " + name);
        }
    }
}
