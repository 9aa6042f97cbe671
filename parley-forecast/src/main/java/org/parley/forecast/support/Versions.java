package org.parley.forecast.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Parley and Java versions recorded in every forecast's provenance. */
public final class Versions {
    private static final String PARLEY = load();

    private Versions() {
    }

    /** Parley's version from the build (Maven resource filtering), e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String parley() {
        return PARLEY;
    }

    /** The running Java version ({@code java.version}). */
    public static String java() {
        return System.getProperty("java.version", "unknown");
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("/org/parley/forecast/parley-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Parley's version resource", e);
        }
    }
}
