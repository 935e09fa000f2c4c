package io.finguard.cli;

import io.finguard.api.Rule;
import io.finguard.api.RuleMetadata;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code finguard rules list} table: ID, name, default severity and summary, columns aligned. */
final class RuleTable {

    private static final String[] HEADER = {"ID", "NAME", "SEVERITY", "SUMMARY"};

    private RuleTable() {
    }

    static void print(List<Rule> rules, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Rule rule : rules) {
            RuleMetadata m = rule.metadata();
            rows.add(new String[]{m.id(), m.name(), m.defaultSeverity().id(), m.summary()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                // the last column is not padded, so no line ends in spaces
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line);
        }
    }
}
