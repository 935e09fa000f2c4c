package io.finguard.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The finguard version, stamped into the engine jar by the build. Reports, baselines, the Maven plugin and
 * {@code finguard --version} all show this one.
 */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
