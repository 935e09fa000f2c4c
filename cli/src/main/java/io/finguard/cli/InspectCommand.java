package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import io.finguard.terraform.LoadError;
import io.finguard.engine.ScanRequest;
import io.finguard.engine.ScanSetupException;
import io.finguard.report.ModelJsonReport;
import io.finguard.report.ModelTextReport;
import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.TerraformModel;
import io.finguard.terraform.load.LoadRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code finguard inspect}: prints the model as finguard sees it, so users can check what the rules will read. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the loaded Terraform model: resources with their evaluated values, modules, errors.")
public final class InspectCommand implements Callable<Integer> {

    enum Format {
        text, json, rego_input;

        /** Accepts {@code rego-input} as written on the command line. */
        static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                try {
                    return Format.valueOf(value.replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.TypeConversionException("expected text, json or rego-input, got '"
                            + value + "'");
                }
            }
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Format.Converter.class,
            description = "text, json, or rego-input (the input document Rego policies see: conftest's HCL "
                    + "shape per root module, or the plan JSON). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScanRequest inputs = model.scanRequest().build();
        try {
            inputs.checkInputs();
        } catch (ScanSetupException e) {
            err.println("finguard: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        LoadRequest request = new LoadRequest(inputs.paths(), inputs.root(), inputs.varFiles(), inputs.vars(),
                List.of());
        TerraformModel loaded = new ModelLoader().load(request, inputs.plan());
        if (format == Format.rego_input) {
            out.println(RegoInputReport.render(loaded, inputs.plan()));
        } else if (format == Format.json) {
            new ModelJsonReport().write(loaded, out);
        } else {
            new ModelTextReport().write(loaded, out);
        }
        // like scan: a file that could not be parsed fails, a value that could not be evaluated is only listed
        return LoadError.failing(loaded.errors(), false).isEmpty() ? ExitCode.OK.code
                : ExitCode.FINDINGS.code;
    }
}
