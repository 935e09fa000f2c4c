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
 * The README is what people copy: its {@code <plugin>} snippet is the one the {@code clean} integration build runs,
 * and its parameter table lists every parameter of the goal as the generated plugin descriptor declares it.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");

    /** This module's README and the project's, which has a short section on the plugin. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "../README.md"})
    void thePluginSnippetIsTheOneTheCleanIntegrationBuildRuns(String readme) throws Exception {
        Matcher m = Pattern.compile("```xml\n(<plugin>.*?</plugin>)\n```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of(readme)));
        assertTrue(m.find(), readme + " has a ```xml <plugin> snippet");
        // the IT pom takes the version being built; the snippet shows it literally
        String snippet = m.group(1).replaceFirst("<version>[^<]+</version>", "<version>@project.version@</version>");
        String itPom = Files.readString(Path.of("src/it/clean/pom.xml"));
        assertTrue(stripIndent(itPom).contains(stripIndent(snippet)),
                "src/it/clean/pom.xml does not contain the snippet of " + readme + ":\n" + snippet);
    }

    @Test
    void everyCheckParameterIsInTheTableWithItsUserProperty() throws Exception {
        Element check = mojo("check");
        List<String> rows = Files.readString(README).lines().filter(l -> l.startsWith("| `")).toList();
        NodeList parameters = ((Element) check.getElementsByTagName("parameters").item(0))
                .getElementsByTagName("parameter");
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element p = (Element) parameters.item(i);
            if (!"true".equals(text(p, "editable"))) {
                continue; // read from the project, not set by users
            }
            String name = text(p, "name");
            String row = rows.stream().filter(r -> r.startsWith("| `" + name + "` |")).findFirst().orElse(null);
            assertTrue(row != null, "README has no row for parameter " + name);
            String property = property(check, name);
            assertTrue(property == null ? row.contains("(POM only)") : row.contains("`" + property + "`"),
                    name + ": the row should name " + (property == null ? "(POM only)" : property) + ": " + row);
            checked.add(name);
        }
        assertFalse(checked.isEmpty(), "no parameters read from the descriptor");
        assertTrue(checked.containsAll(List.of("failOnSeverity", "maxAllowedViolations", "formats", "skip")), checked.toString());
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
