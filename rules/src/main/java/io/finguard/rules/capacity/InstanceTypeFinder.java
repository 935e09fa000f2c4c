package io.finguard.rules.capacity;

import io.finguard.api.RuleContext;
import io.finguard.rules.Scalars;
import io.finguard.terraform.Resource;
import io.finguard.terraform.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the instance types a scaling resource launches: its own {@code instance_type(s)} arguments at any depth
 * (node groups, Batch compute resources, mixed-instances {@code override} blocks), and those of the launch templates
 * (or, for an EMR scaling policy, the cluster) it points at. A pointer is followed through the argument's
 * references, which HCL and plans both give, or through an unknown value's source text ({@code
 * aws_launch_template.gpu.id} before apply), or by a literal launch template name.
 */
final class InstanceTypeFinder {

    private static final Set<String> TYPE_ARGUMENTS = Set.of("instance_type", "instance_types");
    private static final Set<String> POINTER_ARGUMENTS = Set.of("launch_template_id", "launch_template_name",
            "cluster_id");
    private static final Set<String> TEMPLATE_BLOCKS = Set.of("launch_template", "launch_template_specification");
    private static final Pattern CARRIER_REFERENCE =
            Pattern.compile("\\b(aws_launch_template|aws_emr_cluster)\\.([A-Za-z_][A-Za-z0-9_-]*)");

    /** Launch templates and EMR clusters of the model. */
    private final List<Resource> carriers;

    InstanceTypeFinder(RuleContext context) {
        this.carriers = context.resources("aws_launch_template", "aws_emr_cluster");
    }

    LaunchedInstanceTypes find(Resource resource) {
        Walk own = new Walk();
        own.visit(resource.values(), null, null);
        Set<String> references = new LinkedHashSet<>();
        for (List<String> refs : resource.references().values()) {
            refs.forEach(ref -> addCarrierReferences(ref, references));
        }
        List<Resource> linked = new ArrayList<>();
        for (Value pointer : own.pointers) {
            if (pointer instanceof Value.Unknown u) {
                addCarrierReferences(u.source(), references);
            } else if (pointer instanceof Value.Str name) {
                // launch template names are unique per account and region, so any module's template will do
                carriers.stream().filter(c -> c.type().equals("aws_launch_template") && name.equals(c.get("name")))
                        .forEach(linked::add);
            }
        }
        for (Resource carrier : carriers) {
            if (carrier.moduleAddress().equals(resource.moduleAddress())
                    && references.contains(carrier.type() + "." + carrier.name()) && !linked.contains(carrier)) {
                linked.add(carrier);
            }
        }
        Walk all = new Walk();
        all.types.addAll(own.types);
        all.unknown.addAll(own.unknown);
        for (Resource carrier : linked) {
            all.visit(carrier.values(), null, null);
        }
        if (linked.isEmpty() && !own.pointers.isEmpty()) {
            all.unknown.add(describe(own.pointers.get(0)) + ", which is not in the configuration");
        }
        return new LaunchedInstanceTypes(all.types, all.unknown);
    }

    private static void addCarrierReferences(String text, Set<String> into) {
        Matcher m = CARRIER_REFERENCE.matcher(text);
        while (m.find()) {
            into.add(m.group(1) + "." + m.group(2));
        }
    }

    private static String describe(Value pointer) {
        return pointer instanceof Value.Unknown u ? u.source() : String.valueOf(Scalars.text(pointer));
    }

    /** One pass over a value tree, collecting instance types, the unknowns among them, and pointers. */
    private static final class Walk {
        final Set<String> types = new LinkedHashSet<>();
        final List<String> unknown = new ArrayList<>();
        final List<Value> pointers = new ArrayList<>();

        /** {@code key} is the argument or block type holding {@code value}; {@code parent} the one around it. */
        void visit(Value value, String key, String parent) {
            if (key != null && TYPE_ARGUMENTS.contains(key)) {
                collectTypes(value);
            } else if (isPointer(key, parent) && !(value instanceof Value.Null)) {
                pointers.add(value);
            } else if (value instanceof Value.Obj obj) {
                for (Map.Entry<String, Value> e : obj.entries().entrySet()) {
                    visit(e.getValue(), e.getKey(), key);
                }
            } else if (value instanceof Value.Seq seq) {
                // elements of a nested block list stand where the block does
                seq.elements().forEach(element -> visit(element, key, parent));
            }
        }

        private static boolean isPointer(String key, String parent) {
            if (key == null || parent == null) {
                return key != null && POINTER_ARGUMENTS.contains(key);
            }
            return POINTER_ARGUMENTS.contains(key)
                    || (TEMPLATE_BLOCKS.contains(parent) && ("id".equals(key) || "name".equals(key)));
        }

        private void collectTypes(Value value) {
            if (value instanceof Value.Unknown u) {
                unknown.add(u.source());
            } else if (value instanceof Value.Seq seq) {
                seq.elements().forEach(this::collectTypes);
            } else {
                String text = Scalars.text(value);
                if (text != null && !text.isBlank()) {
                    types.add(text);
                }
            }
        }
    }
}
