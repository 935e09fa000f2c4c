package io.finguard.terraform.origin;

/**
 * Where a root module's variable got its value: the last tfvars entry that set it ({@code terraform.tfvars},
 * {@code *.auto.tfvars}, {@code --var-file}), or {@code --var} on the command line ({@code entry} null), as
 * Terraform's precedence decides.
 */
public record RootInput(String name, Declared entry) {

    public boolean fromCommandLine() {
        return entry == null;
    }
}
