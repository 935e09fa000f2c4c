package io.finguard.rules.spot;

import io.finguard.rules.EffectiveTags;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether a compute resource runs ML training, from what people write to say so: the resource's name (its
 * label and its {@code name}-like arguments), its {@code Name} and {@code Workload} tags (for an autoscaling group,
 * its {@code tag} blocks), and for an EKS node group its {@code node_group_name} and Kubernetes {@code labels}.
 */
final class TrainingWorkload {

    /** The answer, with what matched (for the message) or what could not be read. */
    record Verdict(Answer answer, String evidence) {
    }

    enum Answer { TRAINING, NOT_TRAINING, UNKNOWN }

    private static final List<String> NAME_ARGUMENTS = List.of("name", "name_prefix", "node_group_name",
            "node_group_name_prefix", "compute_environment_name", "compute_environment_name_prefix");
    private static final List<String> TAG_KEYS = List.of("Name", "Workload");

    private final Pattern pattern;

    TrainingWorkload(Pattern pattern) {
        this.pattern = pattern;
    }

    Verdict of(Resource resource) {
        List<String> unknown = new ArrayList<>();
        if (pattern.matcher(resource.name()).find()) {
            return training("its name " + resource.name());
        }
        for (String argument : NAME_ARGUMENTS) {
            Value v = resource.get(argument);
            if (matches(v)) {
                return training(argument + " \"" + ResourceValues.string(v) + "\"");
            }
            collectUnknown(unknown, argument, v);
        }
        // default_tags never reach an autoscaling group: its tags are its tag blocks, read below.
        for (String key : resource.type().equals(SpotCapacity.AUTOSCALING_GROUP) ? List.<String>of() : TAG_KEYS) {
            Value v = EffectiveTags.tag(resource, key);
            if (matches(v)) {
                return training("tag " + key + " = \"" + ResourceValues.string(v) + "\"");
            }
            collectUnknown(unknown, "tag " + key, v);
        }
        Verdict fromBlocks = fromTagBlocks(resource, unknown);
        if (fromBlocks != null) {
            return fromBlocks;
        }
        Verdict fromLabels = fromLabels(resource, unknown);
        if (fromLabels != null) {
            return fromLabels;
        }
        return unknown.isEmpty() ? new Verdict(Answer.NOT_TRAINING, null)
                : new Verdict(Answer.UNKNOWN, String.join(", ", unknown) + " unknown");
    }

    /** {@code aws_autoscaling_group} carries its tags in {@code tag { key value }} blocks. */
    private Verdict fromTagBlocks(Resource resource, List<String> unknown) {
        List<Value.Obj> tags = ResourceValues.blocks(resource, "tag");
        if (tags == null) {
            unknown.add("tag blocks");
            return null;
        }
        for (Value.Obj tag : tags) {
            String key = ResourceValues.string(tag.get("key"));
            if (key == null || !TAG_KEYS.contains(key)) {
                continue;
            }
            if (matches(tag.get("value"))) {
                return training("tag " + key + " = \"" + ResourceValues.string(tag.get("value")) + "\"");
            }
            collectUnknown(unknown, "tag " + key, tag.get("value"));
        }
        return null;
    }

    /** Node-group labels are how Kubernetes schedules training pods onto the group: a key or value may say it. */
    private Verdict fromLabels(Resource resource, List<String> unknown) {
        Value labels = resource.get("labels");
        if (labels instanceof Value.Unknown) {
            unknown.add("labels");
            return null;
        }
        if (!(labels instanceof Value.Obj o)) {
            return null;
        }
        for (var e : o.entries().entrySet()) {
            if (pattern.matcher(e.getKey()).find() || matches(e.getValue())) {
                String value = ResourceValues.string(e.getValue());
                return training("label " + e.getKey() + (value == null ? "" : " = \"" + value + "\""));
            }
            collectUnknown(unknown, "label " + e.getKey(), e.getValue());
        }
        return null;
    }

    private boolean matches(Value v) {
        String s = ResourceValues.string(v);
        return s != null && pattern.matcher(s).find();
    }

    /** A plan's computed-only unknowns ({@code name_prefix} when {@code name} is set) say nothing. */
    private static void collectUnknown(List<String> unknown, String what, Value v) {
        if (ResourceValues.unknown(v) && !ResourceValues.KNOWN_AFTER_APPLY.equals(((Value.Unknown) v).source())) {
            unknown.add(what);
        }
    }

    private static Verdict training(String evidence) {
        return new Verdict(Answer.TRAINING, evidence);
    }
}
