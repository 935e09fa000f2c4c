package io.finguard.rules.logs;

import io.finguard.rules.ResourceLinks;
import io.finguard.rules.ResourceValues;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.List;

/**
 * Finds the managed log group a Lambda function writes to: the group its {@code logging_config.log_group} names,
 * else the default {@code /aws/lambda/<function_name>}, matched by literal name or, while names are still unknown
 * in HCL, by a name that interpolates the function's {@code function_name} (directly, or as
 * {@code each.value.function_name} of a group whose {@code for_each} is the function resource).
 */
final class LambdaLogGroups {

    static final String PREFIX = "/aws/lambda/";

    /** Found, missing, or undecidable because a name is unknown. */
    enum Match { MANAGED, MISSING, UNKNOWN }

    private final List<Resource> groups;

    LambdaLogGroups(List<Resource> groups) {
        this.groups = groups;
    }

    /** Whether {@code logging_config.log_group} (given, not null) names a managed group. */
    Match byLoggingConfig(Resource function, Value logGroup) {
        List<Resource> referenced = ResourceLinks.referenced(function, "logging_config", groups);
        if (!referenced.isEmpty()) {
            return Match.MANAGED;
        }
        String name = ResourceValues.string(logGroup);
        if (name == null) {
            return Match.UNKNOWN;
        }
        return named(name, function);
    }

    /** Whether the default group {@code /aws/lambda/<function_name>} is managed. */
    Match byDefaultName(Resource function) {
        for (Resource g : groups) {
            if (interpolatesFunctionName(g, function) && startsWithPrefix(g.get("name"))) {
                return Match.MANAGED;
            }
        }
        Value functionName = function.get("function_name");
        String name = ResourceValues.string(functionName);
        if (name == null) {
            return Match.UNKNOWN;
        }
        return named(PREFIX + name, function);
    }

    /**
     * The group's name interpolates the function's {@code function_name}. Where the name is still unknown (HCL),
     * a reference to any instance of the function counts ({@code aws_lambda_function.f[each.key].function_name}
     * is listed as {@code aws_lambda_function.f}); a plan knows the names, and they are compared instead.
     */
    private static boolean interpolatesFunctionName(Resource group, Resource function) {
        if (!group.moduleAddress().equals(function.moduleAddress())) {
            return false;
        }
        // for_each = aws_lambda_function.f with "/aws/lambda/${each.value.function_name}": a group per instance
        if (group.referencesOf("name").contains("each.value.function_name")
                && ResourceLinks.refersTo(group, "for_each", function)) {
            return true;
        }
        String config = ResourceValues.localConfigAddress(function);
        boolean unknownName = ResourceValues.unknown(group.get("name"));
        return group.referencesOf("name").stream().anyMatch(ref -> ref.equals(config + ".function_name")
                || unknownName && (ref.equals(config) || ref.startsWith(config + "[")));
    }

    private Match named(String name, Resource function) {
        boolean unknown = false;
        for (Resource g : groups) {
            Value value = g.get("name");
            if (name.equals(ResourceValues.string(value))) {
                return Match.MANAGED;
            }
            unknown |= ResourceValues.unknown(value) && !namesOtherFunction(g, function) && couldBe(value, name);
        }
        return unknown ? Match.UNKNOWN : Match.MISSING;
    }

    /** The group's name interpolates another function's {@code function_name}: it is that function's group. */
    private static boolean namesOtherFunction(Resource group, Resource function) {
        String own = group.moduleAddress().equals(function.moduleAddress())
                ? ResourceValues.localConfigAddress(function) : null;
        return group.referencesOf("name").stream().anyMatch(ref -> ref.startsWith(LambdaLogGroupRule.FUNCTION + ".")
                && ref.endsWith(".function_name")
                && (own == null || !ref.startsWith(own + ".") && !ref.startsWith(own + "[")));
    }

    /**
     * Whether an unknown name could be this one. A bare reference ({@code var.name}) or a template that is one
     * interpolation could be anything; a template with literal text could only be a Lambda group when that text
     * says so ({@code "/aws/lambda/${…}"}). Templates like {@code "${local.prefix}/${each.key}"} are taken at their
     * word: reading every application log group as a possible Lambda group would leave no function verifiable.
     */
    private static boolean couldBe(Value unknownName, String name) {
        String source = ((Value.Unknown) unknownName).source();
        if (!source.startsWith("\"") || source.matches("\"\\$\\{[^}]*}\"")) {
            return true;
        }
        int interpolation = source.indexOf("${");
        String literal = source.substring(1, interpolation < 0 ? source.length() : interpolation);
        return literal.isEmpty() ? source.contains("lambda") : name.startsWith(literal);
    }

    /** The group's name is {@code /aws/lambda/…}: literally, or as the start of an interpolated string. */
    private static boolean startsWithPrefix(Value name) {
        String known = ResourceValues.string(name);
        if (known != null) {
            return known.startsWith(PREFIX);
        }
        return name instanceof Value.Unknown u && u.source().startsWith("\"" + PREFIX);
    }
}
