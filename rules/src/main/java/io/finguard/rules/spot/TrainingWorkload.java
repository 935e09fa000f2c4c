package io.finguard.rules.spot;

import io.finguard.rules.ResourceValues;
import io.finguard.rules.tags.EffectiveTags;
import io.finguard.rules.tags.ResourceTags;
import io.finguard.rules.tags.TagLookup;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether a compute resource runs ML training, from what people write to say so: the resource's name (its
 * label and its {@code name}-like arguments), its effective {@code Name} and {@code Workload} tags (for an
 * autoscaling group, its {@code tag} blocks), and for an EKS node group its {@code node_group_name} and
 * Kubernetes {@code labels}.
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
    private final boolean planMode;

    TrainingWorkload(Pattern pattern, boolean planMode) {
        this.pattern = pattern;
        this.planMode = planMode;
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
        ResourceTags tags = EffectiveTags.of(resource, planMode);
        for (String key : TAG_KEYS) {
            TagLookup tag = tags.lookup(key);
            // an autoscaling group's tag names its instances whether or not it propagates
            if (tag.value() != null && pattern.matcher(tag.value()).find()) {
                return training("tag " + key + " = \"" + tag.value() + "\"");
            }
            if (tag.kind() == TagLookup.Kind.UNKNOWN && !ResourceValues.KNOWN_AFTER_APPLY.equals(tag.source())) {
                unknown.add("tag " + key);
            }
        }
        Verdict fromLabels = fromLabels(resource, unknown);
        if (fromLabels != null) {
            return fromLabels;
        }
        return unknown.isEmpty() ? new Verdict(Answer.NOT_TRAINING, null)
                : new Verdict(Answer.UNKNOWN, String.join(", ", unknown) + " unknown");
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
