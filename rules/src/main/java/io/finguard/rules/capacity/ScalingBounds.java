package io.finguard.rules.capacity;

import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one resource type keeps its capacity bounds: an optional nested block and the argument names of the upper
 * bound, the lower bound and the desired size (null when the type has none).
 */
record ScalingBounds(String block, String max, String min, String desired) {

    static final Map<String, ScalingBounds> BY_TYPE = Map.of(
            "aws_autoscaling_group", new ScalingBounds(null, "max_size", "min_size", "desired_capacity"),
            "aws_eks_node_group", new ScalingBounds("scaling_config", "max_size", "min_size", "desired_size"),
            "aws_appautoscaling_target", new ScalingBounds(null, "max_capacity", "min_capacity", null),
            "aws_batch_compute_environment",
            new ScalingBounds("compute_resources", "max_vcpus", "min_vcpus", "desired_vcpus"),
            "aws_emr_managed_scaling_policy",
            new ScalingBounds("compute_limits", "maximum_capacity_units", "minimum_capacity_units", null));

    /** The argument's value; null when the argument, or the block holding it, is absent (or null). */
    Value read(Resource resource, String argument) {
        if (argument == null) {
            return null;
        }
        Value holder = resource.values();
        if (block != null) {
            holder = resource.get(block);
            if (holder instanceof Value.Unknown) {
                return holder;
            }
            holder = holder instanceof Value.Seq seq && !seq.elements().isEmpty() ? seq.elements().get(0) : null;
        }
        if (holder instanceof Value.Unknown) {
            return holder;
        }
        Value value = holder instanceof Value.Obj obj ? obj.get(argument) : null;
        return value instanceof Value.Null ? null : value;
    }

    /** The path {@code RuleContext.locate} takes: {@code ["scaling_config", "max_size"]}. */
    String[] path(String argument) {
        List<String> path = new ArrayList<>();
        if (block != null) {
            path.add(block);
        }
        path.add(argument);
        return path.toArray(String[]::new);
    }

    /** How messages name the argument: {@code scaling_config.max_size}. */
    String label(String argument) {
        return block == null ? argument : block + "." + argument;
    }
}
