package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Parley's version, read from the {@code version.properties} resource that Maven fills in at build time, and the
 * {@code --version} text (Parley, Java and platform).
 */
public final class ParleyVersion implements CommandLine.IVersionProvider {
    private static final String VERSION = load();

    private static String load() {
        try (InputStream in = ParleyVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            // an unfiltered resource (running from an IDE without Maven) still says something honest
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Parley version, e.g. "0.1.0-SNAPSHOT", or "unknown" when the build did not record it. */
    public static String version() {
        return VERSION;
    }

    /** The Java runtime version, e.g. "17.0.15". */
    public static String javaVersion() {
        return System.getProperty("java.version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[]{
                "parley " + VERSION,
                "Java " + javaVersion() + " (" + System.getProperty("java.vendor", "unknown vendor") + ", "
                        + System.getProperty("java.vm.name", "unknown VM") + ")",
                "OS " + System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?") + " ("
                        + System.getProperty("os.arch", "?") + ")"};
    }
}
