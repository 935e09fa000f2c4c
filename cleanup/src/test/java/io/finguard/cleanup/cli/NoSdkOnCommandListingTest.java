package io.finguard.cleanup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Listing the {@code finguard} commands (building the picocli model and printing every usage message) must not load
 * the AWS SDK: the provider and command classes are loaded in an isolated class loader that records every class it
 * defines.
 */
class NoSdkOnCommandListingTest {

    /** Defines every class itself (parent: the platform loader) and remembers their names. */
    static final class RecordingLoader extends URLClassLoader {
        final List<String> defined = new ArrayList<>();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            synchronized (defined) {
                defined.add(name);
            }
            return super.findClass(name);
        }
    }

    private static URL[] testClassPath() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Test
    void listingCommandsLoadsNoSdkClass() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
            Class<?> spi = loader.loadClass("io.finguard.cli.spi.SubcommandProvider");
            Object provider = null;
            for (Object p : ServiceLoader.load(spi, loader)) {
                provider = p;
            }
            assertEquals("io.finguard.cleanup.cli.CleanupSubcommandProvider", provider.getClass().getName());
            Object command = spi.getMethod("command").invoke(provider);
            Class<?> commandLine = loader.loadClass("picocli.CommandLine");
            Object cl = commandLine.getConstructor(Object.class).newInstance(command);
            Method usage = commandLine.getMethod("getUsageMessage");
            String text = (String) usage.invoke(cl);
            assertTrue(text.contains("schedule"), text);
            for (Object sub : ((Map<?, ?>) commandLine.getMethod("getSubcommands").invoke(cl)).values()) {
                assertTrue(((String) usage.invoke(sub)).contains("--region"));
            }
            List<String> sdk = loader.defined.stream().filter(n -> n.startsWith("software.amazon.awssdk")).toList();
            assertEquals(List.of(), sdk);
            assertTrue(loader.defined.contains("io.finguard.cleanup.cli.ScheduleCommand"));
        }
    }
}
