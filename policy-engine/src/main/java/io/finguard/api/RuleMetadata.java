package io.finguard.api;

import java.util.List;
import java.util.Set;

/**
 * What a rule is, apart from what it does: shown by {@code finguard rules}, written into SARIF
 * {@code tool.driver.rules}, and checked by the catalogue test.
 *
 * @param id              e.g. {@code FG101}
 * @param name            e.g. {@code mandatory-tags}
 * @param defaultSeverity used unless the config sets {@code severity}
 * @param summary         one sentence: what the rule wants
 * @param resourceTypes   the resource types it looks at (empty: it decides itself, e.g. every taggable type)
 * @param parameters      the parameters it reads
 * @param docsResource    classpath resource of its Markdown page (why it costs money, example, fix)
 * @param helpUri         where its docs are published, for SARIF and links in reports
 */
public record RuleMetadata(String id, String name, Severity defaultSeverity, String summary,
                           Set<String> resourceTypes, List<ParameterSpec> parameters, String docsResource,
                           String helpUri) {
}
