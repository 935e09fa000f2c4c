package io.finguard.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Checks a JUnit report the way a CI server reads it: valid against {@code reports/junit.xsd} (what Jenkins and
 * GitLab accept), and with the counts on each suite and on {@code <testsuites>} equal to what the test cases say.
 */
final class JunitXml {

    private JunitXml() {
    }

    /** Throws {@link SAXException} naming the line and the problem when the document breaks the schema. */
    static void validate(String xml) throws SAXException, IOException {
        URL xsd = JunitXml.class.getClassLoader().getResource("reports/junit.xsd");
        assertNotNull(xsd, "reports/junit.xsd on the test class path");
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates, checks every count attribute against the test cases, and returns the parsed document. */
    static Document check(String xml) throws SAXException, IOException {
        validate(xml);
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        int[] total = new int[4];
        for (Element suite : children(root, "testsuite")) {
            int[] counts = outcomes(suite);
            assertCounts(suite, counts);
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        }
        assertCounts(root, total);
        return doc;
    }

    /** tests, failures, errors, skipped as the test cases of a suite have them. */
    private static int[] outcomes(Element suite) {
        int[] counts = new int[4];
        for (Element testCase : children(suite, "testcase")) {
            counts[0]++;
            counts[1] += children(testCase, "failure").size();
            counts[2] += children(testCase, "error").size();
            counts[3] += children(testCase, "skipped").size();
        }
        return counts;
    }

    private static void assertCounts(Element e, int[] counts) {
        String what = e.getTagName() + " " + e.getAttribute("name");
        assertEquals(Integer.toString(counts[0]), e.getAttribute("tests"), what + " tests");
        assertEquals(Integer.toString(counts[1]), e.getAttribute("failures"), what + " failures");
        assertEquals(Integer.toString(counts[2]), e.getAttribute("errors"), what + " errors");
        assertEquals(Integer.toString(counts[3]), e.getAttribute("skipped"), what + " skipped");
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
