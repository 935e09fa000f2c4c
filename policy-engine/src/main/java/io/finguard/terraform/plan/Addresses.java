package io.finguard.terraform.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Terraform address arithmetic. Plan resources carry instance addresses ({@code module.a[0].aws_x.y["k"]}) while
 * the {@code configuration} section is keyed by configuration addresses ({@code module.a.aws_x.y}); these helpers
 * translate between the two. Instance keys may be quoted strings containing dots, brackets or escaped quotes, so
 * splitting is done by a small scanner rather than a regex.
 */
public final class Addresses {

    private Addresses() {
    }

    /** Splits an address at the dots that are outside instance keys: {@code module.a["x.y"].b} → module, a["x.y"], b. */
    public static List<String> steps(String address) {
        List<String> steps = new ArrayList<>();
        if (address == null || address.isEmpty()) {
            return steps;
        }
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                steps.add(address.substring(start, i));
                start = i + 1;
            }
        }
        steps.add(address.substring(start));
        return steps;
    }

    /** Drops every instance key: {@code module.a[0].aws_x.y["k"]} → {@code module.a.aws_x.y}. */
    public static String configAddress(String address) {
        if (address == null || address.indexOf('[') < 0) {
            return address;
        }
        List<String> out = new ArrayList<>();
        for (String step : steps(address)) {
            int bracket = step.indexOf('[');
            out.add(bracket < 0 ? step : step.substring(0, bracket));
        }
        return String.join(".", out);
    }

    /** The module part of a resource address: {@code module.a[0].module.b.aws_x.y} → {@code module.a[0].module.b}. */
    static String moduleOf(String resourceAddress) {
        List<String> steps = steps(resourceAddress);
        int i = 0;
        while (i + 2 < steps.size() && steps.get(i).equals("module")) {
            i += 2;
        }
        return String.join(".", steps.subList(0, i));
    }

    /** The module itself and every module above it, outermost first: {@code module.a.module.b} → module.a, module.a.module.b. */
    static List<String> moduleLineage(String moduleAddress) {
        List<String> lineage = new ArrayList<>();
        List<String> steps = steps(moduleAddress);
        for (int i = 2; i <= steps.size(); i += 2) {
            lineage.add(String.join(".", steps.subList(0, i)));
        }
        return lineage;
    }

    /** The calling module of a module path, {@code ""} for a top-level call. */
    static String parentModule(String moduleAddress) {
        List<String> steps = steps(moduleAddress);
        return steps.size() <= 2 ? "" : String.join(".", steps.subList(0, steps.size() - 2));
    }

    /** The part of an address inside its module: {@code module.m.aws_x.y} in {@code module.m} → {@code aws_x.y}. */
    static String inModuleLocal(String address, String moduleAddress) {
        if (moduleAddress == null || moduleAddress.isEmpty() || !address.startsWith(moduleAddress + ".")) {
            return address;
        }
        return address.substring(moduleAddress.length() + 1);
    }

    /** Prefixes a module-relative address with its module path. */
    static String inModule(String moduleAddress, String local) {
        return moduleAddress == null || moduleAddress.isEmpty() ? local : moduleAddress + "." + local;
    }
}
