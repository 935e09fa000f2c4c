package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.finguard.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code finguard scan} with the CI report formats and several {@code --format}/{@code --output} pairs. */
class ScanReportsCommandTest {

    private static final Path DEMO = Path.of("../fixtures/demo").toAbsolutePath().normalize();

    private static final String LOG_GROUP = "resource \"aws_cloudwatch_log_group\" \"app\" {\n"
            + "  name = \"/acme/prod/app\"\n}\n";

    @TempDir
    Path dir;

    private Path write(String path, String content) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        return Files.writeString(dir.resolve(path), content);
    }

    @Test
    void eachFormatGoesToTheOutputAfterItAndTheLastOneToStdout() throws IOException {
        Path src = write("src/main.tf", LOG_GROUP);
        Path out = dir.resolve("out");
        ScanCommandTest.Run r = run("scan", "--rule", "FG501",
                "--format", "sarif", "--output", out.resolve("r.sarif").toString(),
                "--format", "json", "--output", out.resolve("r.json").toString(),
                "--format", "junit", "--output", out.resolve("r.xml").toString(),
                "--format", "markdown", "--output", out.resolve("r.md").toString(),
                "--format", "github", "--output", out.resolve("r.github").toString(),
                "--format", "text", src.getParent().toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("main.tf\n"), "the text report on stdout: " + r.out());
        ObjectMapper json = new ObjectMapper();
        assertEquals("FG501", json.readTree(out.resolve("r.sarif").toFile()).get("runs").get(0).get("results").get(0)
                .get("ruleId").asText());
        assertEquals("FG501", json.readTree(out.resolve("r.json").toFile()).get("findings").get(0).get("ruleId")
                .asText());
        assertEquals("1", parse(out.resolve("r.xml")).getDocumentElement().getAttribute("failures"));
        assertTrue(Files.readString(out.resolve("r.md")).startsWith("## finguard: 1 finding\n"));
        assertTrue(Files.readString(out.resolve("r.github")).startsWith("::warning file="));
        // written atomically: no temporary file is left beside the reports
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("r.sarif", "r.json", "r.xml", "r.md", "r.github"),
                    Set.copyOf(files.map(p -> p.getFileName().toString()).toList()));
        }
    }

    @Test
    void anOutputPairsWithTheFormatBeforeItWhereverTheFormatWithoutOneStands() throws IOException {
        write("main.tf", LOG_GROUP);
        Path report = dir.resolve("r.json");
        ScanCommandTest.Run r = run("scan", "--rule", "FG501", "--format", "markdown", "--format", "json",
                "--output", report.toString(), dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("## finguard: 1 finding"), r.out());
        assertEquals(1, new ObjectMapper().readTree(report.toFile()).get("findings").size());
    }

    @Test
    void twoFormatsWithoutAnOutputAreAUsageErrorBeforeAnythingIsWritten() throws IOException {
        write("main.tf", LOG_GROUP);
        Path report = dir.resolve("r.sarif");
        ScanCommandTest.Run r = run("scan", "--format", "sarif", "--output", report.toString(), "--format", "json",
                "--format", "junit", dir.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("only one report can go to stdout"), r.err());
        assertTrue(r.err().contains("--output FILE"), r.err());
        assertFalse(Files.exists(report), "nothing is written when the options are wrong");
    }

    @Test
    void otherMistakesWithReportsAreUsageErrorsToo() throws IOException {
        write("main.tf", LOG_GROUP);
        Path a = dir.resolve("a.json");
        ScanCommandTest.Run sameFile = run("scan", "--format", "json", "--output", a.toString(), "--format", "sarif",
                "--output", a.toString(), dir.toString());
        assertEquals(2, sameFile.code());
        assertTrue(sameFile.err().contains("two reports would be written to"), sameFile.err());
        ScanCommandTest.Run orphan = run("scan", "--format", "json", "--output", a.toString(), "--output",
                dir.resolve("b").toString(), dir.toString());
        assertEquals(2, orphan.code());
        assertTrue(orphan.err().contains("has no --format"), orphan.err());
        ScanCommandTest.Run unknown = run("scan", "--format", "xml", dir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("text, json, sarif, junit, github or markdown"), unknown.err());
        // --output alone still writes the default text report there
        ScanCommandTest.Run alone = run("scan", "--rule", "FG501", "--output", a.toString(), dir.toString());
        assertEquals(1, alone.code(), alone.err());
        assertEquals("", alone.out());
        assertTrue(Files.readString(a).contains("FG501"), Files.readString(a));
    }

    @Test
    void junitOnTheDemoHasASuitePerRuleAndAFailurePerFindingResource() throws Exception {
        ScanCommandTest.Run junit = run("scan", "--format", "junit", DEMO.toString());
        assertEquals(1, junit.code(), junit.err());
        ScanCommandTest.Run json = run("scan", "--format", "json", DEMO.toString());
        Element root = parse(junit.out()).getDocumentElement();
        List<Element> suites = elements(root, "testsuite");
        // one suite per registered rule, in ID order (this module's tests also register the test rule FG903)
        List<String> registered = io.finguard.engine.RuleRegistry.load().all().stream()
                .map(r -> r.metadata().id() + " " + r.metadata().name()).sorted().toList();
        assertTrue(registered.containsAll(List.of("FG101 mandatory-tags", "FG201 autoscaling-max-cap",
                "FG301 training-on-spot", "FG401 s3-lifecycle", "FG501 log-retention", "FG502 lambda-log-group")),
                registered.toString());
        assertEquals(registered, suites.stream().map(s -> s.getAttribute("name")).toList());
        Set<String> failing = new TreeSet<>();
        int tests = 0;
        int failures = 0;
        for (Element suite : suites) {
            List<Element> cases = elements(suite, "testcase");
            tests += cases.size();
            assertEquals(Integer.toString(cases.size()), suite.getAttribute("tests"));
            for (Element c : cases) {
                if (!elements(c, "failure").isEmpty()) {
                    failures++;
                    failing.add(suite.getAttribute("name").split(" ")[0] + " " + c.getAttribute("name"));
                    assertTrue(c.getAttribute("classname").endsWith(".tf"), c.getAttribute("classname"));
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (JsonNode f : json.json().get("findings")) {
            found.add(f.get("ruleId").asText() + " " + f.get("resource").asText());
        }
        assertEquals(found, failing);
        assertEquals(Integer.toString(tests), root.getAttribute("tests"));
        assertEquals(Integer.toString(failures), root.getAttribute("failures"));
        // resources that passed are test cases too: far more than the findings
        int resources = json.json().get("summary").get("resources").asInt();
        assertTrue(tests >= resources, tests + " test cases for " + resources + " resources");
    }

    @Test
    void githubAnnotationsUseRepositoryPaths() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write("infra/prod/main.tf", LOG_GROUP);
        ScanCommandTest.Run r = run("scan", "--rule", "FG501", "--format", "github",
                dir.resolve("infra/prod").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("::warning file=infra/prod/main.tf,line=1,endLine=1,title=FG501 log-retention::"
                + "aws_cloudwatch_log_group.app: "), r.out());
        assertEquals(1, r.out().lines().count(), r.out());
    }

    @Test
    void helpDocumentsThePairs() {
        ScanCommandTest.Run r = run("help", "scan");
        assertEquals(0, r.code());
        // the synopsis shows them as a repeatable group (picocli may wrap it between the two)
        // picocli wraps descriptions at its column width, which the longest option name sets
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("[[--format=FORMAT] [--output=FILE]]..."), r.out());
        assertTrue(flat.contains("text (default), json, sarif, junit, github or markdown"), r.out());
        assertTrue(r.out().contains("--format sarif --output r.sarif --format junit --output r.xml --format text"),
                r.out());
    }

    private static Document parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The elements of a tag under {@code parent}; JUnit reports do not nest suites or cases. */
    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
