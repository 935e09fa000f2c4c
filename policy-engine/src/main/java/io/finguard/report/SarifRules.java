package io.finguard.report;

import io.finguard.api.RuleMetadata;
import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.report.sarif.MultiformatMessage;
import io.finguard.report.sarif.ReportingConfiguration;
import io.finguard.report.sarif.ReportingDescriptor;
import io.finguard.report.sarif.RuleProperties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code tool.driver.rules}: every rule that ran, sorted by ID, with help from its docs page; plus any rule that
 * produced a finding without being in the metadata (so that every result's {@code ruleIndex} points somewhere).
 */
final class SarifRules {

    /** Static checks of declared configuration: a finding is a fact about the code, rarely a false positive. */
    private static final String PRECISION = "high";
    private static final List<String> TAGS = List.of("finops", "cost", "terraform");

    private final List<ReportingDescriptor> descriptors = new ArrayList<>();
    private final Map<String, Integer> indexById = new LinkedHashMap<>();

    SarifRules(List<RuleMetadata> rules, List<Finding> findings, RuleDocs docs) {
        List<RuleMetadata> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleMetadata::id));
        for (RuleMetadata rule : sorted) {
            add(rule.id(), describe(rule, docs));
        }
        Map<String, Finding> unknown = new TreeMap<>();
        for (Finding f : findings) {
            if (!indexById.containsKey(f.ruleId())) {
                unknown.putIfAbsent(f.ruleId(), f);
            }
        }
        unknown.values().forEach(f -> add(f.ruleId(), describe(f)));
    }

    List<ReportingDescriptor> descriptors() {
        return List.copyOf(descriptors);
    }

    int indexOf(String ruleId) {
        return indexById.get(ruleId);
    }

    private void add(String id, ReportingDescriptor descriptor) {
        if (indexById.putIfAbsent(id, descriptors.size()) == null) {
            descriptors.add(descriptor);
        }
    }

    private static ReportingDescriptor describe(RuleMetadata rule, RuleDocs docs) {
        String summary = rule.summary() == null || rule.summary().isBlank() ? rule.name() : rule.summary();
        String page = docs.markdown(rule).orElse(null);
        String full = page == null ? null : MarkdownText.firstParagraph(page);
        MultiformatMessage help = page == null
                ? MultiformatMessage.text(summary)
                : new MultiformatMessage(MarkdownText.plain(page), page);
        return new ReportingDescriptor(rule.id(), rule.name(), MultiformatMessage.text(summary),
                MultiformatMessage.text(full == null ? summary : full), help, blankToNull(rule.helpUri()),
                new ReportingConfiguration(SarifLevels.level(rule.defaultSeverity())),
                properties(rule.defaultSeverity()));
    }

    /** A rule known only from its findings (its metadata was not passed in): what the finding says of it. */
    private static ReportingDescriptor describe(Finding f) {
        MultiformatMessage help = MultiformatMessage.text("Run 'finguard rules show " + f.ruleId()
                + "' for the documentation of this rule.");
        return new ReportingDescriptor(f.ruleId(), f.rule(), MultiformatMessage.text(f.rule()), null, help, null,
                new ReportingConfiguration(SarifLevels.level(f.severity())), properties(f.severity()));
    }

    private static RuleProperties properties(Severity severity) {
        return new RuleProperties(TAGS, PRECISION, SarifLevels.problemSeverity(severity));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
