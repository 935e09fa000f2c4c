package io.finguard.report;

import io.finguard.api.Severity;
import io.finguard.engine.Finding;
import io.finguard.engine.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import java.util.List;

import static io.finguard.report.JunitXml.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportTest {

    private static String render(ScanResult result) {
        return ReportCases.render(new JunitReport(), result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.finguard.report.ReportCases#all")
    void matchesExpectedFileAndTheSchemaWithConsistentCounts(ReportCases.Case c) throws Exception {
        String xml = render(c.result());
        ExpectedFiles.assertMatches(c.name() + ".junit.xml", xml);
        JunitXml.check(xml);
    }

    @Test
    void oneSuitePerRuleThatRanAndOneCasePerResourceItChecked() throws Exception {
        Element root = JunitXml.check(render(ReportCases.named("several-files").result())).getDocumentElement();
        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of("FG101 mandatory-tags", "FG201 autoscaling-max-cap", "FG401 s3-lifecycle",
                "FG501 log-retention", "FG502 lambda-log-group"), suites.stream().map(s -> s.getAttribute("name"))
                .toList());
        // FG101 checked three resources and found one of them wanting; FG401 ran over no bucket
        Element tags = suites.get(0);
        assertEquals("3", tags.getAttribute("tests"));
        assertEquals("1", tags.getAttribute("failures"));
        assertEquals("0", suites.get(2).getAttribute("tests"));
        Element failing = testCase(tags, "aws_s3_bucket.logs");
        assertEquals("main.tf", failing.getAttribute("classname"));
        Element failure = children(failing, "failure").get(0);
        assertEquals("high", failure.getAttribute("type"));
        assertEquals("Missing required tags: Team, Environment, CostCenter, Owner.", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith("main.tf:7: high: Missing required tags"),
                failure.getTextContent());
        assertTrue(children(testCase(tags, "aws_cloudwatch_log_group.app"), "failure").isEmpty(), "it passed");
        assertEquals("6", root.getAttribute("tests"));
        assertEquals("4", root.getAttribute("failures"));
    }

    @Test
    void suppressedAndUnverifiedResourcesAreSkippedWithTheReason() throws Exception {
        Element suppressed = JunitXml.check(render(ReportCases.named("suppressed").result())).getDocumentElement();
        Element lifecycle = children(suppressed, "testsuite").stream()
                .filter(s -> s.getAttribute("name").equals("FG401 s3-lifecycle")).findFirst().orElseThrow();
        Element skipped = children(testCase(lifecycle, "module.data.aws_s3_bucket.archive"), "skipped").get(0);
        assertEquals("suppressed: archive bucket, lifecycle managed by the data team (until 2027-06-30)",
                skipped.getAttribute("message"));

        Element unverified = JunitXml.check(render(ReportCases.named("unverified").result())).getDocumentElement();
        Element tags = children(unverified, "testsuite").get(0);
        assertEquals("unverified: unknown value of tags",
                children(testCase(tags, "aws_instance.unknown_0"), "skipped").get(0).getAttribute("message"));
        // with --strict an unverified resource is a finding: the failure wins over the skip
        assertEquals(1, children(testCase(tags, "aws_instance.unknown_1"), "failure").size());
        assertEquals("1", tags.getAttribute("skipped"));
    }

    @Test
    void unloadableFilesAreErrorCasesInTheirOwnSuite() throws Exception {
        Element root = JunitXml.check(render(ReportCases.named("errors").result())).getDocumentElement();
        List<Element> suites = children(root, "testsuite");
        Element errors = suites.get(suites.size() - 1);
        assertEquals(JunitReport.ERRORS_SUITE, errors.getAttribute("name"));
        assertEquals("3", errors.getAttribute("errors"));
        Element broken = children(errors, "testcase").get(0);
        assertEquals("broken.tf", broken.getAttribute("classname"));
        assertEquals("broken.tf:3", broken.getAttribute("name"));
        assertEquals("Expected an expression after \"=\".",
                children(broken, "error").get(0).getAttribute("message"));
        Element ruleFailed = children(errors, "testcase").get(2);
        assertEquals("finguard", ruleFailed.getAttribute("classname"));
        assertEquals("3", root.getAttribute("errors"));
    }

    @Test
    void markupAndCharactersXmlCannotCarryAreEscaped() throws Exception {
        String xml = render(ReportCases.named("escaping").result());
        Document doc = JunitXml.check(xml);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        String message = failure.getAttribute("message");
        assertTrue(message.contains("</script> & 'single'"), "markup survives as text: " + message);
        assertTrue(message.contains("\\u001B[2J"), "ESC is shown, not sent: " + message);
        assertTrue(message.contains("\"Jürgen\", \"日本\" or \"🚀\""), message);
        assertTrue(failure.getTextContent().contains("is empty\nexpected"), "the body keeps line breaks");
        assertTrue(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name")
                .equals("aws_s3_bucket.this[\"a \\\"quoted\\\" key\"]"));
    }

    @Test
    void windowsPathsAndPlanOnlyFindingsGetUsableClassnames() throws Exception {
        Document paths = JunitXml.check(render(ReportCases.named("paths").result()));
        Element etl = (Element) paths.getElementsByTagName("testcase").item(1);
        assertEquals("modules/data/main.tf", etl.getAttribute("classname"));
        assertEquals("modules/data/main.tf", etl.getAttribute("file"));
        Document plan = JunitXml.check(render(ReportCases.named("plan-only").result()));
        Element group = (Element) plan.getElementsByTagName("testcase").item(1);
        assertEquals("module.workers.aws_autoscaling_group.this[0]", group.getAttribute("name"));
        assertEquals("aws_autoscaling_group", group.getAttribute("classname"));
        assertEquals("", group.getAttribute("file"));
        assertTrue(children(group, "failure").get(0).getTextContent().startsWith("(plan): high:"));
    }

    @Test
    void severalFindingsOnOneResourceAreOneFailingCaseOfTheWorstSeverity() throws Exception {
        Finding min = ReportCases.finding("FG201", "autoscaling-max-cap", Severity.MEDIUM,
                "aws_autoscaling_group.workers", "main.tf", 19, 19, "min_size 60 is above max_size.", false, "1");
        Finding max = ReportCases.finding("FG201", "autoscaling-max-cap", Severity.HIGH,
                "aws_autoscaling_group.workers", "main.tf", 20, 20, "max_size 50 is above the cap.", true, "2");
        Document doc = JunitXml.check(render(ReportCases.result(List.of(min, max), List.of(), List.of(), 0)));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals(1, doc.getElementsByTagName("testcase").getLength());
        assertEquals("high", failure.getAttribute("type"));
        assertEquals("min_size 60 is above max_size.; max_size 50 is above the cap.", failure.getAttribute("message"));
        assertEquals("main.tf:19: medium: min_size 60 is above max_size.\n"
                + "main.tf:20: high: max_size 50 is above the cap. (finguard fix can fix it)",
                failure.getTextContent());
    }

    @Test
    void theSchemaRejectsWhatCiServersWouldReject() {
        // proves the validation can fail: a test case without a name, and one that both fails and is skipped
        assertThrows(SAXException.class, () -> JunitXml.validate(
                "<testsuites><testsuite name=\"s\" tests=\"1\"><testcase classname=\"c\"/></testsuite></testsuites>"));
        assertThrows(SAXException.class, () -> JunitXml.validate("<testsuites><testsuite name=\"s\" tests=\"1\">"
                + "<testcase classname=\"c\" name=\"n\"><failure/><skipped/></testcase></testsuite></testsuites>"));
        assertThrows(AssertionError.class, () -> JunitXml.check("<testsuites tests=\"1\" failures=\"0\" errors=\"0\""
                + " skipped=\"0\"><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">"
                + "<testcase classname=\"c\" name=\"n\"><failure/></testcase></testsuite></testsuites>"));
    }

    private static Element testCase(Element suite, String name) {
        return children(suite, "testcase").stream().filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + name));
    }
}
