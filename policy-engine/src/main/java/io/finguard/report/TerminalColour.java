package io.finguard.report;

import java.util.Map;

/**
 * Whether the text report should be coloured: only on an interactive terminal that understands ANSI, and never
 * when the user opted out through {@code NO_COLOR} (https://no-color.org: any non-empty value). The environment
 * is passed in rather than read here so that the decision is testable and the CLI stays the one reader of it.
 */
public final class TerminalColour {

    private TerminalColour() {
    }

    /**
     * @param interactive {@code System.console() != null}: stdout is a terminal, not a pipe or a file
     * @param env         the process environment ({@code System.getenv()})
     */
    public static boolean wanted(boolean interactive, Map<String, String> env) {
        String noColour = env.get("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return false;
        }
        return interactive && !"dumb".equals(env.get("TERM"));
    }
}
