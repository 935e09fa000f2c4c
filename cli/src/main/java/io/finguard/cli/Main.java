package io.finguard.cli;

import io.finguard.cli.spi.ExitCode;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Process entry point. {@link #run} is what tests, the Maven plugin and the GitHub Action use: it never calls
 * {@code System.exit} and never lets an exception escape.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line and returns its exit code (docs/reference.md, Commands). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = Commands.forArguments(args);
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A bug of ours must still end in a readable line, not a stack trace on the user's terminal.
            commandLine.getErr().println("finguard: internal error: " + ex);
            if (System.getenv("FINGUARD_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("Set FINGUARD_DEBUG=1 to see where it happened, and please report it.");
            }
            return ExitCode.USAGE.code;
        });
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("finguard: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE.code;
    }
}
