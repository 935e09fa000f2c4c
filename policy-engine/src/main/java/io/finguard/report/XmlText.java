package io.finguard.report;

/**
 * Text made fit for XML 1.0, for the JUnit report. The XML writer escapes markup ({@code <}, {@code &}, quotes) but
 * passes on characters XML cannot carry at all (most control characters, lone surrogates), which would make the
 * whole report unparseable for Jenkins or GitLab; those are shown as visible escapes (backslash, 'u', four hex
 * digits), as the text report shows them. Other control characters are escaped the same way so that an ESC from a
 * scanned file never reaches a CI log viewer.
 */
final class XmlText {

    private XmlText() {
    }

    /** Element text: line breaks become {@code \n} (a parser would turn a lone CR into one anyway), tabs stay. */
    static String content(String text) {
        return clean(text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * An attribute value on one line: a parser replaces line breaks and tabs in attributes with spaces, so they
     * are replaced here, where it is visible, rather than left to each reader.
     */
    static String attribute(String text) {
        return clean(text == null ? "" : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ')
                .replace('\t', ' '));
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        return Character.getType(c) != Character.CONTROL && !Character.isSurrogate(c) && c != '\uFFFE'
                && c != '\uFFFF';
    }
}
