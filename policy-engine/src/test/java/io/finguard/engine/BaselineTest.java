package io.finguard.engine;

import io.finguard.terraform.ModelLoader;
import io.finguard.terraform.Resource;
import io.finguard.terraform.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fingerprints, the baseline file, and {@code --baseline} as the library applies it. */
class BaselineTest {

    private static final String BUCKETS = """
            resource "aws_s3_bucket" "logs" {
              bucket = "acme-logs"
            }

            resource "aws_s3_bucket" "data" {
              bucket = "acme-data"
            }
            """;

    private final Path tmp;
    private final Workspace ws;

    BaselineTest(@TempDir Path tmp) {
        this.tmp = tmp;
        this.ws = new Workspace(tmp);
    }

    private ScanResult scanFg901(Path baseline) throws ScanSetupException {
        return ws.scan(ScanRequest.builder().path(tmp).onlyRules(Set.of("FG901")).baseline(baseline));
    }

    private Path writeBaseline(ScanResult result) throws Exception {
        Path file = tmp.resolve(Baseline.DEFAULT_FILE);
        Files.writeString(file, BaselineFile.format(Baseline.of(result.findings(), "test",
                Instant.parse("2026-03-01T12:00:00Z"), ReportBase.of(tmp))));
        return file;
    }

    private static List<String> fingerprints(ScanResult result) {
        return result.findings().stream().map(Finding::fingerprint).toList();
    }

    /** What baseline entries hold: each instance's own fingerprint (decision 075). */
    private static List<String> instanceFingerprints(ScanResult result) {
        return result.findings().stream().flatMap(f -> f.instances().stream()).map(FindingInstance::fingerprint)
                .toList();
    }

    @Test
    void fingerprintsSurviveMovedLinesAndEditsElsewhere() throws Exception {
        ws.write("main.tf", BUCKETS);
        ScanResult before = scanFg901(null);
        ws.write("main.tf", "# storage for the platform\n\nresource \"aws_sqs_queue\" \"q\" {}\n\n"
                + BUCKETS.replace("acme-logs", "acme-logs-v2"));
        ScanResult after = scanFg901(null);
        assertNotEquals(before.findings().get(0).line(), after.findings().get(0).line(), "the lines did move");
        assertEquals(Set.copyOf(fingerprints(before)), Set.copyOf(fingerprints(after)));
        assertEquals(2, Set.copyOf(fingerprints(before)).size(), "each resource has its own");
    }

    @Test
    void theSameAddressInTwoRootModulesHasTwoFingerprints() throws Exception {
        ws.write("dev/main.tf", "resource \"aws_s3_bucket\" \"logs\" {}\n");
        ws.write("prod/main.tf", "resource \"aws_s3_bucket\" \"logs\" {}\n");
        ScanResult r = scanFg901(null);
        assertEquals(2, r.findings().size());
        assertEquals(2, Set.copyOf(fingerprints(r)).size(), "a baseline of dev must not hide prod");
    }

    @Test
    void aRuleReportingOneResourceTwiceGivesEachFindingItsOwnFingerprint() {
        ws.write("main.tf", "resource \"aws_s3_bucket\" \"logs\" {}\n");
        Resource bucket = new ModelLoader().load(LoadRequest.of(tmp, List.of(tmp)), null).resources().get(0);
        Fingerprints scan = new Fingerprints();
        String first = scan.next("FG901", bucket);
        assertNotEquals(first, scan.next("FG901", bucket));
        assertNotEquals(first, scan.next("FG902", bucket));
        assertEquals(first, new Fingerprints().next("FG901", bucket), "the next scan gives the same ones");
    }

    @Test
    void aBaselineHidesWhatItListsAndCountsIt() throws Exception {
        ws.write("main.tf", BUCKETS);
        Path baseline = writeBaseline(scanFg901(null));
        ScanResult same = scanFg901(baseline);
        assertEquals(List.of(), same.findings());
        assertEquals(2, same.baselined());
        assertTrue(!same.failed(), "baselined findings do not fail the run");

        ws.write("more.tf", "resource \"aws_s3_bucket\" \"new\" {}\n");
        ScanResult grown = scanFg901(baseline);
        assertEquals(List.of("aws_s3_bucket.new"), grown.findings().stream().map(Finding::resource).toList());
        assertEquals(2, grown.baselined());
    }

    @Test
    void theFileListsOneSortedEntryPerLineAndReadsBack() throws Exception {
        ws.write("b.tf", "resource \"aws_s3_bucket\" \"zeta\" {}\n");
        ws.write("a.tf", "resource \"aws_s3_bucket\" \"alpha\" {}\nresource \"aws_s3_bucket\" \"\\\"odd\\\"\" {}\n");
        ScanResult r = scanFg901(null);
        String text = BaselineFile.format(Baseline.of(r.findings(), "1.0", Instant.parse("2026-03-01T12:00:00Z"),
                ReportBase.of(tmp)));
        List<String> entryLines = text.lines().filter(l -> l.contains("\"fingerprint\"")).toList();
        assertEquals(3, entryLines.size(), text);
        assertTrue(entryLines.get(0).contains("\"file\": \"a.tf\"") && entryLines.get(2).contains("b.tf"), text);
        assertTrue(text.contains("\"created\": \"2026-03-01T12:00:00Z\""), text);

        Path file = writeBaseline(r);
        Baseline read = BaselineFile.read(file);
        assertEquals(Set.copyOf(instanceFingerprints(r)), read.fingerprints());
        assertEquals("test", read.toolVersion());
        assertEquals(read.entries(), Baseline.of(r.findings(), "x", Instant.EPOCH, ReportBase.of(tmp)).entries());
    }

    @Test
    void anEmptyBaselineIsValid() throws Exception {
        ws.write("main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n");
        Path file = writeBaseline(scanFg901(null));
        assertEquals(0, BaselineFile.read(file).entries().size());
    }

    @Test
    void aBaselineThatCannotBeReadIsASetupErrorNamingFileAndProblem() throws Exception {
        Path missing = tmp.resolve("absent.json");
        assertMessage(missing, missing + ": no such file");
        Path broken = Files.writeString(tmp.resolve("broken.json"),
                "{\n  \"schemaVersion\": 1,\n  \"entries\": [\n    {\"fingerprint\": \"ab\"}\n    {}\n  ]\n}\n");
        assertMessage(broken, broken + ":5: not valid JSON");
        Path future = Files.writeString(tmp.resolve("future.json"), "{\"schemaVersion\": 2, \"entries\": []}");
        assertMessage(future, "schemaVersion 2 is not 1");
        Path noPrint = Files.writeString(tmp.resolve("noprint.json"),
                "{\"schemaVersion\": 1, \"entries\": [{\"fingerprint\": \"ab\"}, {\"ruleId\": \"FG101\"}]}");
        assertMessage(noPrint, "entries[1]");
        Path list = Files.writeString(tmp.resolve("list.json"), "[]");
        assertMessage(list, "expected a JSON object");
    }

    private void assertMessage(Path baseline, String expected) {
        ws.write("main.tf", "resource \"aws_sqs_queue\" \"q\" {}\n");
        ScanSetupException e = assertThrows(ScanSetupException.class, () -> scanFg901(baseline));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().startsWith("--baseline " + baseline),
                e.getMessage());
    }
}
