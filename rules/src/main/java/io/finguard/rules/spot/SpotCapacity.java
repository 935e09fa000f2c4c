package io.finguard.rules.spot;

import io.finguard.api.RuleContext;
import io.finguard.rules.ResourceLinks;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Reads whether each kind of compute resource runs on spot, in the shapes its docs page lists: node-group
 * {@code capacity_type}, instance and launch-template market options, an autoscaling group's instances
 * distribution or spot launch template, a Batch compute environment's type. Spot requests and fleets are spot by
 * definition.
 */
final class SpotCapacity {

    static final String NODE_GROUP = "aws_eks_node_group";
    static final String INSTANCE = "aws_instance";
    static final String LAUNCH_TEMPLATE = "aws_launch_template";
    static final String LAUNCH_CONFIGURATION = "aws_launch_configuration";
    static final String AUTOSCALING_GROUP = "aws_autoscaling_group";
    static final String BATCH = "aws_batch_compute_environment";
    static final String SPOT_REQUEST = "aws_spot_instance_request";
    static final String SPOT_FLEET = "aws_spot_fleet_request";
    private static final String CAPACITY_BLOCK = "capacity-block";

    private final RuleContext context;
    private final int maxOnDemandPercent;

    SpotCapacity(RuleContext context, int maxOnDemandPercent) {
        this.context = context;
        this.maxOnDemandPercent = maxOnDemandPercent;
    }

    Capacity of(Resource r) {
        return switch (r.type()) {
            case NODE_GROUP -> nodeGroup(r);
            case INSTANCE -> instance(r);
            case LAUNCH_TEMPLATE -> marketOptions(r);
            case AUTOSCALING_GROUP -> autoscalingGroup(r);
            case BATCH -> batch(r);
            default -> Capacity.SPOT;
        };
    }

    private static Capacity nodeGroup(Resource r) {
        Value type = r.get("capacity_type");
        if (ResourceValues.unknown(type)) {
            return Capacity.unknown("capacity_type");
        }
        String value = ResourceValues.string(type);
        if ("SPOT".equals(value)) {
            return Capacity.SPOT;
        }
        return Capacity.onDemandFixable(value == null ? "capacity_type is not set (ON_DEMAND)"
                : "capacity_type = \"" + value + "\"", SpotChange.set("capacity_type", "SPOT"), "capacity_type");
    }

    /** An instance is spot through its own market options or through the launch template it starts from. */
    private Capacity instance(Resource r) {
        Capacity own = marketOptions(r);
        List<Value.Obj> options = ResourceValues.blocks(r, "instance_market_options");
        List<Value.Obj> template = ResourceValues.blocks(r, "launch_template");
        boolean startsFromTemplate = template == null || !template.isEmpty();
        if (own.state() != Capacity.State.ON_DEMAND || options == null || !options.isEmpty() || !startsFromTemplate) {
            return own;
        }
        Capacity viaTemplate = launchTemplate(r, "launch_template");
        return viaTemplate.state() == Capacity.State.ON_DEMAND ? own : viaTemplate;
    }

    /** {@code instance_market_options { market_type = "spot" }} on an instance or launch template. */
    private static Capacity marketOptions(Resource r) {
        List<Value.Obj> options = ResourceValues.blocks(r, "instance_market_options");
        if (options == null) {
            return Capacity.unknown("instance_market_options");
        }
        if (options.isEmpty()) {
            return Capacity.onDemandFixable("no instance_market_options",
                    SpotChange.newBlock("instance_market_options", "market_type", "spot"), "instance_market_options");
        }
        Value marketType = options.get(0).get("market_type");
        if (ResourceValues.unknown(marketType)) {
            return Capacity.unknown("instance_market_options.market_type");
        }
        String value = ResourceValues.string(marketType);
        if (value != null && value.toLowerCase(Locale.ROOT).equals("spot")) {
            return Capacity.SPOT;
        }
        String detail = value == null ? "instance_market_options without market_type"
                : "instance_market_options.market_type = \"" + value + "\"";
        if (CAPACITY_BLOCK.equals(value)) {
            // the instances run in a Capacity Block reserved (and paid) ahead; spot cannot use the reservation
            return Capacity.onDemandNotFixable(detail, "market_type \"capacity-block\" runs in a Capacity Block "
                    + "reserved ahead, which spot cannot use: choose between the reservation and spot yourself",
                    "instance_market_options", "market_type");
        }
        return Capacity.onDemandFixable(detail, SpotChange.set("market_type", "spot", "instance_market_options"),
                "instance_market_options", "market_type");
    }

    private Capacity autoscalingGroup(Resource r) {
        List<Value.Obj> mixed = ResourceValues.blocks(r, "mixed_instances_policy");
        if (mixed == null) {
            return Capacity.unknown("mixed_instances_policy");
        }
        if (mixed.isEmpty()) {
            return singleTemplateGroup(r);
        }
        List<Value.Obj> distribution = ResourceValues.blocks(mixed.get(0), "instances_distribution");
        if (distribution == null) {
            return Capacity.unknown("mixed_instances_policy.instances_distribution");
        }
        Value.Obj d = distribution.isEmpty() ? null : distribution.get(0);
        Value baseValue = d == null ? null : d.get("on_demand_base_capacity");
        Value percentValue = d == null ? null : d.get("on_demand_percentage_above_base_capacity");
        if (ResourceValues.unknown(baseValue) || ResourceValues.unknown(percentValue)) {
            return Capacity.unknown("mixed_instances_policy.instances_distribution");
        }
        // AWS defaults: no on-demand base, and 100 % on-demand above it.
        int base = orDefault(ResourceValues.integer(baseValue), 0);
        int percent = orDefault(ResourceValues.integer(percentValue), 100);
        if (base == 0 && percent <= maxOnDemandPercent) {
            return Capacity.SPOT;
        }
        Capacity template = launchTemplate(r, "mixed_instances_policy");
        if (template.state() == Capacity.State.SPOT) {
            return template;
        }
        String detail = "on_demand_base_capacity = " + base + ", on_demand_percentage_above_base_capacity = "
                + percent + " (at most " + maxOnDemandPercent + " % and a base of 0 allowed)";
        if (template.state() == Capacity.State.UNKNOWN) {
            return Capacity.unknown(template.detail());
        }
        String offending = base != 0 && percent <= maxOnDemandPercent ? "on_demand_base_capacity"
                : "on_demand_percentage_above_base_capacity";
        if (d == null) {
            return Capacity.onDemandNotFixable(detail, "the mixed instances policy has no instances_distribution "
                    + "block to edit; add one with on_demand_percentage_above_base_capacity = "
                    + maxOnDemandPercent, "mixed_instances_policy", "instances_distribution");
        }
        // only what is off: a base of 0 and a share within the maximum stay as they are written
        Map<String, Object> values = new LinkedHashMap<>();
        if (percent > maxOnDemandPercent) {
            values.put("on_demand_percentage_above_base_capacity", maxOnDemandPercent);
        }
        if (base != 0) {
            values.put("on_demand_base_capacity", 0);
        }
        return Capacity.onDemandFixable(detail, new SpotChange(List.of("mixed_instances_policy",
                "instances_distribution"), values, false), "mixed_instances_policy", "instances_distribution",
                offending);
    }

    /** A group without a mixed instances policy buys what its launch template (or configuration) says. */
    private Capacity singleTemplateGroup(Resource r) {
        Capacity template = launchTemplate(r, "launch_template");
        if (template.state() != Capacity.State.ON_DEMAND) {
            return template;
        }
        Capacity configuration = launchConfiguration(r);
        if (configuration.state() != Capacity.State.ON_DEMAND) {
            return configuration;
        }
        return Capacity.onDemandNotFixable("no mixed instances policy and an on-demand launch template",
                "spot needs a mixed instances policy or a spot launch template, a choice of instance types and "
                        + "allocation strategy that finguard leaves to you", "launch_template");
    }

    /**
     * Follows the reference of {@code argument} (a block holding the launch template id or name) to the template.
     * A reference finguard cannot follow (a variable, a data source, a module output) leaves it unknown: that
     * template may well be spot.
     */
    private Capacity launchTemplate(Resource r, String argument) {
        List<Resource> templates = ResourceLinks.referenced(r, argument, context.resources(LAUNCH_TEMPLATE));
        if (templates.isEmpty()) {
            List<String> refs = r.referencesOf(argument);
            boolean unfollowable = !refs.isEmpty() && refs.stream().noneMatch(ref ->
                    ref.startsWith(LAUNCH_TEMPLATE + ".") || ref.startsWith(LAUNCH_CONFIGURATION + "."));
            return unfollowable ? Capacity.unknown("the launch template it uses")
                    : Capacity.onDemand("no spot launch template");
        }
        boolean unknown = false;
        for (Resource t : templates) {
            Capacity c = marketOptions(t);
            if (c.state() == Capacity.State.ON_DEMAND) {
                return Capacity.onDemand("launch template " + ResourceValues.localAddress(t) + " is on-demand");
            }
            unknown |= c.state() == Capacity.State.UNKNOWN;
        }
        return unknown ? Capacity.unknown("the launch template's market options") : Capacity.SPOT;
    }

    /** Old-style launch configurations buy spot when they bid: {@code spot_price}. */
    private Capacity launchConfiguration(Resource r) {
        List<Resource> configs = ResourceLinks.referenced(r, "launch_configuration",
                context.resources(LAUNCH_CONFIGURATION));
        for (Resource c : configs) {
            Value price = c.get("spot_price");
            if (ResourceValues.unknown(price)) {
                return Capacity.unknown("the launch configuration's spot_price");
            }
            if (ResourceValues.string(price) != null && !ResourceValues.string(price).isEmpty()) {
                return Capacity.SPOT;
            }
        }
        if (configs.isEmpty() && !r.referencesOf("launch_configuration").isEmpty()
                && !ResourceLinks.refersToType(r, "launch_configuration", LAUNCH_CONFIGURATION)) {
            return Capacity.unknown("the launch configuration it uses");
        }
        return Capacity.onDemand("no spot launch configuration");
    }

    private static Capacity batch(Resource r) {
        // An UNMANAGED environment runs on instances the user brings; what they buy is decided elsewhere.
        if ("UNMANAGED".equals(ResourceValues.string(r.get("type")))) {
            return Capacity.EXTERNAL;
        }
        List<Value.Obj> resources = ResourceValues.blocks(r, "compute_resources");
        if (resources == null) {
            return Capacity.unknown("compute_resources");
        }
        Value type = resources.isEmpty() ? null : resources.get(0).get("type");
        if (ResourceValues.unknown(type)) {
            return Capacity.unknown("compute_resources.type");
        }
        String value = ResourceValues.string(type);
        if (value != null && (value.equals("SPOT") || value.equals("FARGATE_SPOT"))) {
            return Capacity.SPOT;
        }
        return Capacity.onDemandNotFixable(value == null ? "no compute_resources type"
                        : "compute_resources.type = \"" + value + "\"",
                "changing a compute environment's type replaces it, and SPOT needs an allocation strategy "
                        + "and bid percentage chosen for the queue's jobs", "compute_resources", "type");
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
