package io.finguard.engine;

import io.finguard.api.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The rules of a scan, sorted by ID: those on the classpath (found with {@link ServiceLoader}) and custom ones. */
public final class RuleRegistry {

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    public RuleRegistry(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(r -> r.metadata().id()));
        for (Rule r : sorted) {
            Rule previous = this.rules.putIfAbsent(r.metadata().id(), r);
            if (previous != null) {
                throw new IllegalStateException("two rules share the ID " + r.metadata().id() + ": "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        }
    }

    /** Every rule registered in {@code META-INF/services/io.finguard.api.Rule} on this class loader. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(found::add);
        return new RuleRegistry(found);
    }

    /** This registry and {@code more} (custom rules from the config); IDs must stay unique. */
    public RuleRegistry with(List<Rule> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Rule> combined = new ArrayList<>(rules.values());
        combined.addAll(more);
        return new RuleRegistry(combined);
    }

    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /** The rule with this ID, or null. */
    public Rule get(String id) {
        return rules.get(id);
    }
}
