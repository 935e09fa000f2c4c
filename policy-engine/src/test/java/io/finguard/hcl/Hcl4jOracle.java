package io.finguard.hcl;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * hcl4j as a test oracle. It evaluates {@code data "http"} blocks with real HTTP requests, so such files are never
 * given to it; it prints to stdout while evaluating, so stdout is silenced for the call; and it rejects some valid
 * HCL, so a failure only means "no opinion".
 */
final class Hcl4jOracle {

    private static final Pattern HTTP_DATA_SOURCE = Pattern.compile("data\\s+\"http\"");

    private Hcl4jOracle() {
    }

    /** hcl4j's nested maps for this text, or empty when it must not or cannot parse it. */
    static Optional<Map<String, Object>> parse(String text) {
        if (HTTP_DATA_SOURCE.matcher(text).find()) {
            return Optional.empty();
        }
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return Optional.ofNullable(new HCLParser().parse(text));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        } finally {
            System.setOut(stdout);
        }
    }
}
