package io.finguard.rules.capacity;

import java.util.Locale;
import java.util.Set;

/**
 * EC2 accelerated-computing families: GPU ({@code p}, {@code g}), Trainium ({@code trn}), Inferentia
 * ({@code inf}) and Gaudi ({@code dl}). An instance type is {@code <family><generation><attributes>.<size>};
 * Batch also takes a bare family such as {@code p3}.
 */
final class AcceleratedInstanceTypes {

    /**
     * {@code gr} is the memory-heavy variant of the G6 generation ({@code gr6.4xlarge}, NVIDIA L4), listed by AWS
     * with G6; the attribute letters after the digit ({@code m6g}, {@code c7gn}) are never a family.
     */
    private static final Set<String> FAMILIES = Set.of("p", "g", "gr", "trn", "inf", "dl");

    private AcceleratedInstanceTypes() {
    }

    static boolean isAccelerated(String instanceType) {
        return FAMILIES.contains(family(instanceType));
    }

    /** The letters before the generation digit: {@code p4d.24xlarge} → {@code p}; none → the whole name. */
    static String family(String instanceType) {
        String name = instanceType.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < name.length() && Character.isLetter(name.charAt(end))) {
            end++;
        }
        return end < name.length() && Character.isDigit(name.charAt(end)) ? name.substring(0, end) : name;
    }
}
