package io.finguard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text from a rule's Markdown page, for SARIF {@code help.text} and {@code fullDescription.text}, which viewers
 * show verbatim. Only the markup the docs pages use is removed (headings, fences, emphasis, inline code, links);
 * anything else stays as written, which is still readable.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");

    private MarkdownText() {
    }

    static String plain(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            String text = HEADING.matcher(line).replaceFirst("");
            text = LINK.matcher(text).replaceAll("$1 ($2)");
            text = EMPHASIS.matcher(text).replaceAll("$2");
            out.append(text.replace("`", "")).append('\n');
        }
        return out.toString().strip();
    }

    /** The first paragraph that is not a heading: what the page says the rule is about. */
    static String firstParagraph(String markdown) {
        List<String> paragraph = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                inFence = !inFence;
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            if (inFence || HEADING.matcher(stripped).find()) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            if (stripped.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.add(stripped);
        }
        return paragraph.isEmpty() ? null : plain(String.join(" ", paragraph));
    }
}
