package io.finguard.rules;

/** Where a built-in rule's docs page lives: on the classpath for {@code finguard rules show}, and on GitHub. */
public final class RuleDocs {

    private static final String PAGES = "/io/finguard/rules/docs/";
    private static final String PUBLISHED =
            "https://github.com/finguard/finguard/blob/main/rules/src/main/resources/io/finguard/rules/docs/";

    private RuleDocs() {
    }

    /** The classpath resource of the rule's page. */
    public static String resource(String ruleId) {
        return PAGES + ruleId + ".md";
    }

    /** The page's published URL, for SARIF {@code helpUri} and report links. */
    public static String helpUri(String ruleId) {
        return PUBLISHED + ruleId + ".md";
    }
}
