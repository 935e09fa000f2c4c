package io.finguard.action;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow a user copies from the READMEs must work with this action.yml: every {@code with:} key is an
 * input, every output it reads exists, the permissions allow the SARIF upload, and the checkout keeps the history
 * that changed-only needs. The Inputs and Outputs tables name exactly what action.yml declares. Issue 6's "done
 * when" asks that the snippets work when copied; GitHubActionStepsTest runs the steps, this checks the snippets.
 */
class ReadmeWorkflowTest {

    private static final Path ACTION = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TABLE_NAME = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

    private final Map<String, Object> action = yaml(read(ACTION.resolve("action.yml")));

    @Test
    void theCompleteWorkflowUsesOnlyWhatActionYmlDeclaresAndMayUploadSarif() {
        String readme = read(ACTION.resolve("README.md"));
        String workflowText = yamlBlocks(section(readme, "## Workflow")).get(0);
        Map<String, Object> workflow = yaml(workflowText);

        Map<String, Object> permissions = map(workflow.get("permissions"));
        assertEquals("write", permissions.get("security-events"), "upload-sarif needs security-events: write");
        assertEquals("read", permissions.get("actions"), "upload-sarif needs actions: read in private repositories");
        assertEquals("read", permissions.get("contents"), "actions/checkout needs contents: read");

        List<Map<String, Object>> steps = list(map(map(workflow.get("jobs")).get("finguard")).get("steps"));
        assertCheckoutKeepsHistory(steps);
        Map<String, Object> finguard = actionStep(steps);
        assertInputsExist(finguard);

        String id = (String) finguard.get("id");
        Matcher used = Pattern.compile("steps\\." + Pattern.quote(id) + "\\.outputs\\.([a-z-]+)").matcher(workflowText);
        Set<String> outputs = new TreeSet<>();
        while (used.find()) {
            outputs.add(used.group(1));
        }
        assertFalse(outputs.isEmpty(), "the example reads an output of the action");
        assertTrue(map(action.get("outputs")).keySet().containsAll(outputs), "outputs " + outputs + " vs action.yml");
    }

    @Test
    void theRootReadmeSnippetUsesOnlyDeclaredInputs() {
        String snippet = yamlBlocks(section(read(ACTION.resolve("../README.md")), "## GitHub Action")).get(0);
        List<Map<String, Object>> steps = list(new Yaml(new SafeConstructor(new LoaderOptions())).load(snippet));
        assertCheckoutKeepsHistory(steps);
        assertInputsExist(actionStep(steps));
    }

    @Test
    void theInputAndOutputTablesNameExactlyWhatActionYmlDeclares() {
        String readme = read(ACTION.resolve("README.md"));
        assertEquals(new TreeSet<>(map(action.get("inputs")).keySet()), tableNames(section(readme, "## Inputs")));
        assertEquals(new TreeSet<>(map(action.get("outputs")).keySet()), tableNames(section(readme, "## Outputs")));
    }

    private void assertInputsExist(Map<String, Object> step) {
        Set<String> with = map(step.get("with")).keySet();
        assertTrue(map(action.get("inputs")).keySet().containsAll(with), "with: " + with + " vs action.yml inputs");
    }

    private static void assertCheckoutKeepsHistory(List<Map<String, Object>> steps) {
        Map<String, Object> checkout = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@")).findFirst().orElseThrow();
        assertEquals(0, map(checkout.get("with")).get("fetch-depth"), "changed-only needs the base commit");
    }

    private static Map<String, Object> actionStep(List<Map<String, Object>> steps) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).contains("/github-action@"))
                .findFirst().orElseThrow(() -> new AssertionError("no step uses .../github-action@REF"));
    }

    /** The text from {@code heading} to the next heading of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        String prefix = heading.substring(0, heading.indexOf(' ') + 1);
        int end = markdown.indexOf("\n" + prefix, start + heading.length() + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertFalse(blocks.isEmpty(), "no yaml block");
        return blocks;
    }

    private static Set<String> tableNames(String markdown) {
        Set<String> names = new TreeSet<>();
        Matcher m = TABLE_NAME.matcher(markdown);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> yaml(String text) {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        assertTrue(o instanceof List, "expected a list, got " + o);
        return (List<Map<String, Object>>) o;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
