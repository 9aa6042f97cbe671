package org.parley.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Parley's version and git commit, as the build recorded them (Maven resource filtering and the git-commit-id
 * plugin), and the running Java version. Values the build could not record read {@code "unknown"}: a source tree
 * without {@code .git} still builds and says so honestly.
 */
public final class BuildInfo {
    private static final Properties BUILD = load();

    private BuildInfo() {
    }

    /** Parley's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return value("version");
    }

    /**
     * The full git commit the build was made from, with {@code "-dirty"} appended when the work tree had
     * uncommitted changes, or {@code "unknown"}.
     */
    public static String gitCommit() {
        String c = value("commit");
        return "true".equals(value("dirty")) && !c.equals("unknown") ? c + "-dirty" : c;
    }

    /** The running Java version ({@code java.version}). */
    public static String javaVersion() {
        return System.getProperty("java.version", "unknown");
    }

    private static String value(String key) {
        String v = BUILD.getProperty(key, "unknown").trim();
        // an unfiltered resource (a build without Maven) still says something honest
        return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Parley's build information", e);
        }
        return p;
    }
}
