package io.finguard.cli;

import io.finguard.rego.RegoVersion;
import picocli.CommandLine;

/** {@code --rego-version v0|v1}; anything else is a usage error with the accepted values. */
final class RegoVersionConverter implements CommandLine.ITypeConverter<RegoVersion> {
    @Override
    public RegoVersion convert(String value) {
        try {
            return RegoVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
