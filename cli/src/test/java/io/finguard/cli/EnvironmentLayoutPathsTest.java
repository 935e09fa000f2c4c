package io.finguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.terraform.load.GitRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code fixtures/environments}: an environment directory calling modules two levels up, scanned from the
 * environment directory as a user of that layout does. Every format names every file from one base, the git
 * repository's top (so that code scanning and annotations map them onto the pull request), or, outside a
 * repository, the scan root with {@code ../} for the modules above it; never an absolute path.
 */
class EnvironmentLayoutPathsTest {

    private static final Path LAYOUT = Path.of("../fixtures/environments").toAbsolutePath().normalize();
    private static final Path PROD = LAYOUT.resolve("envs/prod");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The files of the layout as the reports of a scan in the repository must name them. */
    private static String prefix;
    private static Set<String> inRepository;

    @TempDir
    Path tmp;

    @BeforeAll
    static void layoutIsInTheRepository() {
        Path top = GitRoot.enclosing(LAYOUT).orElseThrow(() -> new AssertionError("the fixtures are in a checkout"));
        prefix = top.relativize(LAYOUT).toString().replace('\\', '/') + "/";
        inRepository = Set.of(prefix + "envs/prod/main.tf", prefix + "modules/service/main.tf",
                prefix + "modules/logs/main.tf");
    }

    @Test
    void jsonNamesEveryFileFromTheRepositoryTop() throws IOException {
        JsonNode json = scan("json").json();
        assertEquals(inRepository, files(json.get("findings"), "file"));
    }

    @Test
    void sarifUrisAreRelativeToSrcrootWhichIsTheRepositoryTop() throws IOException {
        JsonNode run = JSON.readTree(scan("sarif").out()).get("runs").get(0);
        Set<String> uris = new TreeSet<>();
        run.get("results").forEach(r -> r.get("locations").forEach(l -> {
            JsonNode artifact = l.get("physicalLocation").get("artifactLocation");
            assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
            uris.add(artifact.get("uri").asText());
        }));
        assertEquals(inRepository, uris);
        JsonNode srcroot = run.get("originalUriBaseIds").get("%SRCROOT%");
        Path top = GitRoot.enclosing(LAYOUT).orElseThrow();
        assertEquals(top.toUri().toString(), srcroot.get("uri").asText());
        assertTrue(srcroot.get("description").get("text").asText().contains("git repository"), srcroot.toString());
    }

    @Test
    void textGroupsFindingsUnderTheRepositoryPaths() {
        String text = scan("text").out();
        for (String file : inRepository) {
            assertTrue(text.contains("\n" + file + "\n") || text.startsWith(file + "\n"), file + " in\n" + text);
        }
        assertTrue(text.contains("= var.max_capacity"), "source lines are still read:\n" + text);
    }

    @Test
    void junitClassnamesAreTheRepositoryPaths() throws Exception {
        String xml = scan("junit").out();
        NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("testcase");
        Set<String> classnames = new TreeSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getElementsByTagName("failure").getLength() > 0) {
                classnames.add(c.getAttribute("classname"));
                assertEquals(c.getAttribute("classname"), c.getAttribute("file"));
            }
        }
        assertEquals(inRepository, classnames);
    }

    @Test
    void githubAnnotationsNameTheRepositoryPaths() {
        Set<String> files = new TreeSet<>();
        for (String line : scan("github").out().lines().toList()) {
            int at = line.indexOf("file=");
            files.add(line.substring(at + 5, line.indexOf(',', at)));
        }
        assertEquals(inRepository, files);
    }

    @Test
    void markdownLocationsAreTheRepositoryPaths() {
        String md = scan("markdown").out();
        for (String file : inRepository) {
            assertTrue(md.contains("`" + file + ":"), file + " in\n" + md);
        }
    }

    @Test
    void theBaselineFileNamesTheRepositoryPathsAndStillMatches() throws IOException {
        Path baseline = tmp.resolve("baseline.json");
        ScanCommandTest.Run created = run("baseline", "create", "--output", baseline.toString(), PROD.toString());
        assertEquals(0, created.code(), created.err());
        assertEquals(inRepository, files(JSON.readTree(baseline.toFile()).get("entries"), "file"));
        ScanCommandTest.Run scan = run("scan", "--format", "json", "--baseline", baseline.toString(),
                PROD.toString());
        assertEquals(0, scan.code(), scan.out() + scan.err());
        assertEquals(inRepository.size(), scan.json().get("summary").get("baselined").asInt(), scan.out());
    }

    @Test
    void theFixDiffNamesTheRepositoryPaths() {
        ScanCommandTest.Run fix = run("fix", PROD.toString());
        assertEquals(0, fix.code(), fix.err());
        assertTrue(fix.out().startsWith("diff --git a/" + prefix + "modules/logs/main.tf b/" + prefix
                + "modules/logs/main.tf\n"), fix.out());
        // the summary on stderr names the same files as the diff and the fixes' descriptions do, not ../../modules
        assertTrue(fix.err().contains("\n  " + prefix + "modules/logs/main.tf:6  FG501  "), fix.err());
        assertTrue(fix.err().contains("\n  " + prefix + "envs/prod/main.tf:33  FG401  "), fix.err());
        assertTrue(fix.err().lines().filter(l -> l.startsWith("  ")).allMatch(l -> l.startsWith("  " + prefix)),
                fix.err());
    }

    @Test
    void outsideARepositoryTheModulesAboveTheScanRootAreNamedWithDotDot() throws IOException {
        Path copy = tmp.resolve("infra");
        copyTree(LAYOUT, copy);
        ScanCommandTest.Run r = run("scan", "--format", "json", copy.resolve("envs/prod").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(Set.of("main.tf", "../../modules/service/main.tf", "../../modules/logs/main.tf"),
                files(r.json().get("findings"), "file"));
        JsonNode sarif = JSON.readTree(run("scan", "--format", "sarif", copy.resolve("envs/prod").toString()).out());
        JsonNode srcroot = sarif.get("runs").get(0).get("originalUriBaseIds").get("%SRCROOT%");
        assertEquals(copy.resolve("envs/prod").toUri().toString(), srcroot.get("uri").asText());
        assertTrue(srcroot.get("description").get("text").asText().contains("scan root"), srcroot.toString());
    }

    /** The scan of the environment directory: exit 1 (its findings), the report on stdout. */
    private static ScanCommandTest.Run scan(String format) {
        ScanCommandTest.Run r = run("scan", "--format", format, PROD.toString());
        assertEquals(1, r.code(), r.err());
        for (String line : r.out().lines().toList()) {
            assertTrue(!line.contains(LAYOUT.toString()), "no absolute path: " + line);
        }
        return r;
    }

    private static Set<String> files(JsonNode array, String key) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.get(key).asText()));
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(all::add);
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
