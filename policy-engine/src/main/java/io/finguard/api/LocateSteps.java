package io.finguard.api;

/**
 * The steps of a {@link RuleContext#locate} path. A step is an argument or nested block type ({@code "tags"},
 * {@code "scaling_config"}), which means the first block of that type, or a block type with the index of the block
 * that holds the value at fault, {@code "ingress[1]"}: the second, counted as the values count them (nested blocks
 * are lists of objects in a resource's values, in the order they are written, {@code dynamic} ones expanded where
 * they stand).
 */
public final class LocateSteps {

    private LocateSteps() {
    }

    /** {@code nth("tag", 2)} is {@code "tag[2]"}: the third {@code tag} block. */
    public static String nth(String blockType, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a block index is 0 or more: " + index);
        }
        return blockType + "[" + index + "]";
    }

    /**
     * One step read back.
     *
     * @param name    the argument or block type
     * @param index   the block's index among those of its type, or -1 when the step gave none
     */
    public record Step(String name, int index) {

        /** Whether the step names one block ({@code tag[2]}) rather than an argument or the first block. */
        public boolean indexed() {
            return index >= 0;
        }
    }

    /** {@code "tag[2]"} → {@code tag}, 2; {@code "tags"} → {@code tags}, -1. */
    public static Step parse(String step) {
        int open = step.lastIndexOf('[');
        if (open > 0 && step.endsWith("]")) {
            String digits = step.substring(open + 1, step.length() - 1);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 10) {
                return new Step(step.substring(0, open), Integer.parseInt(digits));
            }
        }
        return new Step(step, -1);
    }
}
