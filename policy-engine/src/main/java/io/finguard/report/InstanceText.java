package io.finguard.report;

import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.engine.ReportBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The instances of a grouped finding in one line of text, for the text, JUnit, GitHub and Markdown reports:
 * {@code 28 instances: module.lambda["a"] (examples/complete/main.tf:12), module.lambda["b"] (…), … and 25 more}. A
 * few are named by their module instance, each with the {@code module} block of its root that created it (where a
 * different input would be set); the rest are counted, since a long list would bury the finding. The JSON and SARIF reports list every one.
 */
final class InstanceText {

    /** How many instances are named before the rest are counted. */
    static final int SHOWN = 3;

    private InstanceText() {
    }

    /** The line for {@code f}, or null when it has one instance (its address is already in the finding). */
    static String line(Finding f, ReportBase base) {
        if (f.instances().size() < 2) {
            return null;
        }
        List<String> named = new ArrayList<>();
        for (FindingInstance i : f.instances()) {
            named.add(i.via().isEmpty() ? i.address()
                    : module(i) + " (" + base.path(i.via().get(0).file()) + ":" + i.via().get(0).line() + ")");
        }
        return f.instances().size() + " instances: " + list(named);
    }

    /**
     * The module instance of {@code i} ({@code module.lambda["a"]}): the finding already names the resource block,
     * so the module is what tells instances apart. The whole address when it does not end in the block.
     */
    static String module(FindingInstance i) {
        String suffix = "." + i.block();
        return i.address().endsWith(suffix) && i.address().length() > suffix.length()
                ? i.address().substring(0, i.address().length() - suffix.length()) : i.address();
    }

    /** {@code a, b, c and 2 more}, or all of them when there are few. */
    static String list(List<String> items) {
        if (items.size() <= SHOWN) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, SHOWN)) + " and " + (items.size() - SHOWN) + " more";
    }
}
