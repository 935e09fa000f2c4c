package io.finguard.report;

import io.finguard.engine.ReportBase;
import io.finguard.report.sarif.ArtifactLocation;
import io.finguard.report.sarif.Location;
import io.finguard.report.sarif.LogicalLocation;
import io.finguard.report.sarif.Message;
import io.finguard.report.sarif.PhysicalLocation;
import io.finguard.report.sarif.Region;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Locations in SARIF: files as URI references relative to {@code %SRCROOT%} (the report base: the git repository's
 * top level, else the scan root), which is how code scanning maps them onto the repository; resources from a plan
 * without HCL as logical locations. Callers pass paths already relative to the base.
 */
final class SarifLocations {

    static final String SRCROOT = "%SRCROOT%";

    /** RFC 3986 path characters that need no escaping; ':' is escaped so that a first segment never reads as a scheme. */
    private static final String PATH_SAFE = "-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifLocations() {
    }

    /**
     * {@code %SRCROOT%} → the base as a {@code file:} URI ending in '/', with a description saying which directory
     * it is; null without a base.
     */
    static Map<String, ArtifactLocation> originalUriBaseIds(ReportBase base) {
        if (base.dir() == null) {
            return null;
        }
        String uri = base.dir().toUri().toString();
        // Path.toUri adds the trailing slash only for directories that exist; a base URI must always end in one
        Map<String, ArtifactLocation> out = new LinkedHashMap<>();
        String description = base.isRepository()
                ? "The top level of the git repository that holds the scanned files; every uri is relative to it."
                : "The directory that was scanned (the scan root); every uri is relative to it.";
        out.put(SRCROOT, new ArtifactLocation(uri.endsWith("/") ? uri : uri + "/", null, new Message(description)));
        return out;
    }

    /** A finding's location: its file and lines, or, without a file, its resource address. */
    static Location of(String file, int line, int endLine, String resource) {
        String relative = ReportPaths.normalise(file);
        if (relative == null) {
            return Location.logical(new LogicalLocation(null, resource, "resource"));
        }
        return inFile(relative, line, endLine);
    }

    /** A location in a file; lines below 1 mean the whole file (no region). */
    static Location inFile(String file, int line, int endLine) {
        Region region = line > 0 ? new Region(line, Math.max(line, endLine)) : null;
        ArtifactLocation artifact = new ArtifactLocation(uri(ReportPaths.normalise(file)), SRCROOT);
        return Location.physical(new PhysicalLocation(artifact, region));
    }

    /** Percent-encodes a relative path as a URI reference: spaces, '%', ':' and non-ASCII as UTF-8 octets. */
    static String uri(String relativePath) {
        StringBuilder out = new StringBuilder(relativePath.length());
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_SAFE.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
