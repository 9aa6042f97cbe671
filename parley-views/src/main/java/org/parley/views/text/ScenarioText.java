package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.parley.scenario.Scenario;

/** Terminal lines about a scenario itself: its title line, and the one-line summary of {@code validate}. */
public final class ScenarioText {
    private ScenarioText() {
    }

    /** "Title - as of 2019-07-01" (without the date when the scenario has none). */
    public static void title(PrintWriter raw, Scenario s) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        var md = s.metadata();
        out.println(md.title() + (md.asOf() == null ? "" : " - as of " + md.asOf()));
    }

    /** The title line, then "file: scenario sha256 ..." (the header of {@code levers}). */
    public static void header(PrintWriter raw, Path file, Scenario s, String sha256) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        title(out, s);
        out.println(file + ": scenario sha256 " + sha256);
    }

    /** {@code validate}'s line for a valid file: title, counts of actors, issues, sources, games, levers; digest. */
    public static void validated(PrintWriter raw, Path file, Scenario s, String sha256) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        out.println("ok: " + file + ": \"" + s.metadata().title() + "\", " + s.actors().size() + " actors, "
                + s.issues().size() + " issues, " + s.metadata().sources().size() + " sources"
                + (s.games().isEmpty() ? "" : ", " + s.games().size() + " game" + (s.games().size() == 1 ? "" : "s"))
                + (s.levers().isEmpty() ? "" : ", " + s.levers().size() + " lever" + (s.levers().size() == 1 ? "" : "s"))
                + "; sha256 " + sha256);
        out.flush();
    }
}
