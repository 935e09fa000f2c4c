package io.finguard.report;

import io.finguard.engine.Finding;
import io.finguard.engine.FindingInstance;
import io.finguard.engine.ReportBase;
import io.finguard.engine.RuleCoverage;
import io.finguard.engine.ScanResult;
import io.finguard.engine.UnusedSuppression;
import io.finguard.terraform.LoadError;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code finguard scan --format junit}: JUnit XML as Jenkins' {@code junit} step and GitLab's
 * {@code artifacts:reports:junit} read it. One {@code <testsuite>} per rule that ran ({@code FG101 mandatory-tags}),
 * one {@code <testcase>} per resource it checked (see {@link RuleCoverage}): {@code classname} is the file
 * ({@code name} the resource address), or the resource type for a plan without HCL. A finding is a
 * {@code <failure>} whose type is its severity; a suppressed one is {@code <skipped>} with the reason, as is a
 * resource the rule could not verify; files that could not be loaded (and other errors) are {@code <error>} test
 * cases in a last suite, {@code errors}, with the suppression comments that matched nothing under {@code --strict}
 * (without it they are warnings, which JUnit cannot express: the other formats show them). Written with the JDK's StAX writer, so markup in messages is escaped by
 * the XML library; what XML cannot carry at all is made visible by {@link XmlText}.
 */
public final class JunitReport implements ScanReport {

    /** The suite that holds the errors, after the rules' suites. */
    static final String ERRORS_SUITE = "errors";

    /** The classname of an error that concerns no file (a rule that failed, an unreadable plan). */
    private static final String NO_FILE = ToolIdentity.NAME;

    /** How a test case ended; {@code kind} is the element written, null for a test case that passed. */
    private record Outcome(String kind, String type, String message, String text) {
        static final Outcome PASSED = new Outcome(null, null, null, null);
    }

    private record TestCase(String classname, String name, String file, Outcome outcome) {
    }

    private record Suite(String name, List<TestCase> cases) {
        int count(String kind) {
            return (int) cases.stream().filter(c -> kind.equals(c.outcome().kind())).count();
        }
    }

    @Override
    public void write(ScanResult result, ReportContext context, Writer out) throws IOException {
        ReportBase base = context.base();
        List<Suite> suites = new ArrayList<>(ruleSuites(result, base));
        List<LoadError> errors = new ArrayList<>(result.errors());
        for (UnusedSuppression u : result.unusedSuppressions()) {
            if (u.fails()) {
                errors.add(new LoadError(u.file(), u.line(), u.message()));
            }
        }
        if (!errors.isEmpty()) {
            suites.add(errorSuite(errors, base));
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", ToolIdentity.NAME);
            writeCounts(xml, suites.stream().mapToInt(s -> s.cases().size()).sum(),
                    suites.stream().mapToInt(s -> s.count("failure")).sum(),
                    suites.stream().mapToInt(s -> s.count("error")).sum(),
                    suites.stream().mapToInt(s -> s.count("skipped")).sum());
            for (Suite suite : suites) {
                writeSuite(xml, suite);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
        }
        out.write('\n');
        out.flush();
    }

    /** A suite per rule, sorted by ID: every rule that ran, and any rule a finding names (a result built by hand). */
    private static List<Suite> ruleSuites(ScanResult result, ReportBase base) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<List<String>, CaseBuilder>> cases = new TreeMap<>();
        for (RuleCoverage coverage : result.coverage()) {
            names.put(coverage.ruleId(), coverage.rule());
            Map<List<String>, CaseBuilder> rule = cases.computeIfAbsent(coverage.ruleId(), k -> new LinkedHashMap<>());
            for (RuleCoverage.CheckedResource r : coverage.resources()) {
                caseOf(rule, r.resource(), r.resourceType(), base.path(r.file())).unverified = r.unverified();
            }
        }
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.suppressed());
        for (Finding f : all) {
            names.putIfAbsent(f.ruleId(), f.rule());
            Map<List<String>, CaseBuilder> rule = cases.computeIfAbsent(f.ruleId(), k -> new LinkedHashMap<>());
            CaseBuilder c = caseOf(rule, f.resource(), f.resourceType(), base.path(f.file()));
            (f.suppressed() ? c.suppressed : c.findings).add(f);
        }
        for (Finding f : all) {
            dropOtherInstances(cases.get(f.ruleId()), f, base);
        }
        List<Suite> out = new ArrayList<>();
        for (Map.Entry<String, String> rule : names.entrySet()) {
            List<TestCase> testCases = cases.get(rule.getKey()).values().stream().map(c -> c.build(base)).toList();
            out.add(new Suite(rule.getKey() + " " + rule.getValue(), testCases));
        }
        return out;
    }

    /**
     * One case per place (decision 075): the finding is the case of its first instance, so the cases the coverage
     * made for its other instances go, unless another finding of the rule is theirs.
     */
    private static void dropOtherInstances(Map<List<String>, CaseBuilder> rule, Finding f, ReportBase base) {
        String path = ReportPaths.normalise(base.path(f.file()));
        for (FindingInstance i : f.instances().subList(1, f.instances().size())) {
            List<String> key = List.of(i.address(), path == null ? "" : path);
            CaseBuilder c = rule.get(key);
            if (c != null && c.findings.isEmpty() && c.suppressed.isEmpty()) {
                rule.remove(key);
            }
        }
    }

    /**
     * Test cases are keyed by address and file (as the report names it): two root modules may both declare
     * {@code aws_s3_bucket.logs}.
     */
    private static CaseBuilder caseOf(Map<List<String>, CaseBuilder> rule, String resource, String type,
                                      String file) {
        String path = ReportPaths.normalise(file);
        return rule.computeIfAbsent(List.of(resource, path == null ? "" : path),
                k -> new CaseBuilder(resource, type, path));
    }

    /** What is known of one (rule, resource) pair while the result is read. */
    private static final class CaseBuilder {
        final String resource;
        final String type;
        final String file;
        final List<Finding> findings = new ArrayList<>();
        final List<Finding> suppressed = new ArrayList<>();
        String unverified;

        CaseBuilder(String resource, String type, String file) {
            this.resource = resource;
            this.type = type;
            this.file = file;
        }

        TestCase build(ReportBase base) {
            return new TestCase(file == null ? type : file, resource, file, outcome(base));
        }

        /** A finding fails the case even beside a suppressed one; suppressed and unverified cases are skipped. */
        private Outcome outcome(ReportBase base) {
            if (!findings.isEmpty()) {
                Finding worst = findings.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
                List<String> lines = findings.stream().map(f -> location(file, f.line()) + ": "
                        + f.severity().id() + ": " + f.message() + fixText(f)
                        + (InstanceText.line(f, base) == null ? "" : "\n" + InstanceText.line(f, base)))
                        .toList();
                String message = String.join("; ", findings.stream().map(Finding::message).toList());
                return new Outcome("failure", worst.severity().id(), message, String.join("\n", lines));
            }
            if (!suppressed.isEmpty()) {
                Finding.Suppression s = suppressed.get(0).suppression();
                String until = s.until() == null ? "" : " (until " + s.until() + ")";
                return new Outcome("skipped", null, "suppressed: " + s.reason() + until, null);
            }
            if (unverified != null) {
                return new Outcome("skipped", null, "unverified: " + unverified, null);
            }
            return Outcome.PASSED;
        }
    }

    private static Suite errorSuite(List<LoadError> errors, ReportBase base) {
        List<TestCase> cases = new ArrayList<>();
        for (LoadError e : errors) {
            String file = base.path(e.file());
            String firstLine = e.message() == null ? "" : e.message().lines().findFirst().orElse("");
            String name = file == null ? firstLine : location(file, e.line());
            cases.add(new TestCase(file == null ? NO_FILE : file, name, file,
                    new Outcome("error", "error", e.message(),
                            (file == null ? "" : location(file, e.line()) + ": ") + e.message())));
        }
        return new Suite(ERRORS_SUITE, cases);
    }

    /** Whether {@code finguard fix} fixes the finding, and why not when the rule or the fix check said. */
    private static String fixText(Finding f) {
        if (f.fixable()) {
            return " (finguard fix can fix it)";
        }
        String manual = ManualText.line(f);
        return manual == null ? "" : " (" + manual + ")";
    }

    /** {@code file:line}, the file alone without a line, {@code (plan)} without a file. */
    private static String location(String file, int line) {
        String path = ReportPaths.normalise(file);
        if (path == null) {
            return "(plan)";
        }
        return line > 0 ? path + ":" + line : path;
    }

    private static void writeSuite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.attribute(suite.name()));
        writeCounts(xml, suite.cases().size(), suite.count("failure"), suite.count("error"), suite.count("skipped"));
        for (TestCase c : suite.cases()) {
            writeCase(xml, c);
        }
        if (!suite.cases().isEmpty()) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, TestCase c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        Outcome outcome = c.outcome();
        if (outcome.kind() == null) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", XmlText.attribute(c.classname()));
        xml.writeAttribute("name", XmlText.attribute(c.name()));
        if (c.file() != null) {
            // GitLab links the test case to this file
            xml.writeAttribute("file", XmlText.attribute(c.file()));
        }
        xml.writeAttribute("time", "0");
        if (outcome.kind() == null) {
            return;
        }
        xml.writeCharacters("\n      ");
        if (outcome.text() == null) {
            xml.writeEmptyElement(outcome.kind());
        } else {
            xml.writeStartElement(outcome.kind());
        }
        xml.writeAttribute("message", XmlText.attribute(outcome.message()));
        if (outcome.type() != null) {
            xml.writeAttribute("type", outcome.type());
        }
        if (outcome.text() != null) {
            xml.writeCharacters(XmlText.content(outcome.text()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void writeCounts(XMLStreamWriter xml, int tests, int failures, int errors, int skipped)
            throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
        xml.writeAttribute("skipped", Integer.toString(skipped));
        // nothing is timed: a scan checks configuration, and a changing duration would make reports differ
        xml.writeAttribute("time", "0");
    }
}
