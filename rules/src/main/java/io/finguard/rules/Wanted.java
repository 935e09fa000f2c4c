package io.finguard.rules;

import io.finguard.terraform.Resource;

/**
 * What a rule needs written at an argument of each resource it checks: the HCL text of the value its fix would write
 * ({@code 30}, {@code "SPOT"}), or null when that resource needs no change there. A fix at the source of a value
 * (a variable, a local, a tfvars entry) also changes every other resource that reads it, so it is made only when
 * each of them wants the very same value ({@link SourceReaders}).
 */
@FunctionalInterface
public interface Wanted {

    /** {@code argument} is the argument's path in the block, dotted ({@code scaling_config.max_size}). */
    String at(Resource resource, String argument);
}
