package io.finguard.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README is what people copy: its {@code <plugin>} snippet is the one the {@code clean} integration build runs
 * (and the {@code fix} build, which runs {@code finguard:fix} with nothing more), and its parameter tables list every
 * parameter of the {@code check} and {@code fix} goals as the generated plugin descriptor declares it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    /** This module's README and the project's, which has a short section on the plugin. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "../README.md"})
    void thePluginSnippetIsTheOneTheCleanAndFixIntegrationBuildsRun(String readme) throws Exception {
        Matcher m = Pattern.compile("```xml\n(<plugin>.*?</plugin>)\n```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of(readme)));
        assertTrue(m.find(), readme + " has a ```xml <plugin> snippet");
        // the IT pom takes the version being built; the snippet shows it literally
        String snippet = m.group(1).replaceFirst("<version>[^<]+</version>", "<version>@project.version@</version>");
        // clean runs the check with it; fix runs mvn finguard:fix with it, as the README says works
        for (String build : List.of("clean", "fix")) {
            String itPom = Files.readString(Path.of("src/it/" + build + "/pom.xml"));
            assertTrue(stripIndent(itPom).contains(stripIndent(snippet)),
                    "src/it/" + build + "/pom.xml does not contain the snippet of " + readme + ":\n" + snippet);
        }
    }

    @Test
    void everyCheckParameterIsInTheTableWithItsUserProperty() throws Exception {
        List<String> checked = assertDocumented("check", List.of());
        assertTrue(checked.containsAll(List.of("failOnSeverity", "maxAllowedViolations", "formats", "skip")), checked.toString());
    }

    /**
     * The fix section's table has the goal's own parameters; those it shares with {@code check} are in check's table
     * and named in the fix section's text.
     */
    @Test
    void everyFixParameterIsInItsTableOrSharedWithCheck() throws Exception {
        List<String> checked = assertDocumented("fix", editable(mojo("check")));
        assertTrue(checked.containsAll(List.of("rules", "dryRun", "outputDirectory", "directory", "skip")),
                checked.toString());
    }

    /**
     * Asserts that every user-settable parameter of {@code goal} has a row in the section {@code ## `goal`
     * parameters} naming its user property (or "(POM only)"), or, when it is one of {@code shared}, a row in the
     * check section and a mention in the goal's section. Returns the parameters checked.
     */
    private static List<String> assertDocumented(String goal, List<String> shared) throws Exception {
        Element mojo = mojo(goal);
        List<String> section = section(goal);
        List<String> checked = new ArrayList<>();
        for (String name : editable(mojo)) {
            String row = row(section, name);
            if (row == null && shared.contains(name)) {
                assertTrue(section.stream().anyMatch(l -> l.contains("`" + name + "`")),
                        "the " + goal + " section should name the shared parameter " + name);
                row = row(section("check"), name);
            }
            assertTrue(row != null, "README has no row for " + goal + " parameter " + name);
            String property = property(mojo, name);
            assertTrue(property == null ? row.contains("(POM only)") : row.contains("`" + property + "`"),
                    name + ": the row should name " + (property == null ? "(POM only)" : property) + ": " + row);
            checked.add(name);
        }
        assertFalse(checked.isEmpty(), "no parameters read from the descriptor");
        return checked;
    }

    /** The lines of the README section headed {@code ## `goal` parameters}, up to the next heading. */
    private static List<String> section(String goal) throws Exception {
        List<String> lines = Files.readString(README).lines().toList();
        int start = lines.indexOf("## `" + goal + "` parameters");
        assertTrue(start >= 0, "README has no section ## `" + goal + "` parameters");
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            out.add(line);
        }
        return out;
    }

    private static String row(List<String> section, String parameter) {
        return section.stream().filter(r -> r.startsWith("| `" + parameter + "` |")).findFirst().orElse(null);
    }

    /** The parameters users set (the others are read from the project). */
    private static List<String> editable(Element mojo) {
        NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                .getElementsByTagName("parameter");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element p = (Element) parameters.item(i);
            if ("true".equals(text(p, "editable"))) {
                out.add(text(p, "name"));
            }
        }
        return out;
    }

    /** The {@code ${property}} a parameter takes from the command line, or null. */
    private static String property(Element mojo, String parameter) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        NodeList entries = configuration.getElementsByTagName(parameter);
        if (entries.getLength() == 0) {
            return null;
        }
        String value = entries.item(0).getTextContent().trim();
        return value.startsWith("${") ? value.substring(2, value.length() - 1) : null;
    }

    private static Element mojo(String goal) throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    /** The text of the first direct child named {@code tag}. */
    private static String text(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static String stripIndent(String xml) {
        return String.join("\n", xml.lines().map(String::strip).toList());
    }
}
