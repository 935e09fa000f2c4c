package io.finguard.engine;

/**
 * The scan could not start because of what it was asked to do: a missing path, an unknown rule ID on the command
 * line, an invalid configuration ({@link ConfigException}). The CLI turns it into exit code 2 and the Maven plugin
 * into a {@code MojoExecutionException}; findings and unreadable Terraform files are never reported this way.
 */
public class ScanSetupException extends Exception {

    public ScanSetupException(String message) {
        super(message);
    }
}
