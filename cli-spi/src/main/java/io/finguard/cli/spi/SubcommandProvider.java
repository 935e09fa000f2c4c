package io.finguard.cli.spi;

/**
 * Lets a module add a top-level command to {@code finguard} (the cleanup module adds {@code cleanup}) without the
 * cli module depending on its code, or it on the cli module. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.finguard.cli.spi.SubcommandProvider}).
 * <p>
 * {@link #command()} must return a picocli {@code @Command} object. Keep heavy dependencies (the AWS SDK) out of
 * that class's fields and signatures so that listing commands never loads them.
 */
public interface SubcommandProvider {

    /** The subcommand name, e.g. {@code cleanup}. */
    String name();

    /** A new picocli command object (annotated with {@code @picocli.CommandLine.Command}). */
    Object command();
}
