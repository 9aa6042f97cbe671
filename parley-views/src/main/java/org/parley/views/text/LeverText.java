package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;

/** The terminal text of "what would it take" answers (plain ASCII, aligned columns). */
public final class LeverText {
    private LeverText() {
    }

    /**
     * Per lever: the question, the attribute's current value, target and scanned range, and a row per model (or
     * game) with its answer, threshold, the readings on either side and the change needed.
     */
    public static void levers(PrintWriter raw, List<LeverAnswer> answers) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        for (LeverAnswer a : answers) {
            LeverResult r = a.result();
            var q = r.query();
            out.println();
            out.println("What would it take: " + Phrases.leverQuestion(a.spec()));
            out.println("    " + q.actorId() + " " + q.attribute().label() + " on " + q.issueId() + ", now "
                    + num(r.currentValue()) + "; target " + (a.spec().isGameLever()
                    ? "game " + a.spec().game().id() + (a.spec().stance() == null ? " (stance = " + a.spec().game()
                    .defender() + "'s position)" : " at stance " + a.spec().stance()) + ": " : "forecast ")
                    + q.target() + "; scanned " + num(r.domain().low()) + " .. "
                    + num(r.domain().high()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(a.spec().isGameLever() ? "game" : "model", "now", "answer", "threshold",
                    "below | above", "change"));
            for (LeverOutcome o : r.outcomes()) {
                Crossing c = o.nearest();
                String answer = Phrases.leverStatus(o.status());
                String threshold = c == null ? "-" : num(c.threshold(), 3);
                String sides = c == null ? "-" : reading(c.readingLow()) + " | " + reading(c.readingHigh());
                String change = switch (o.status()) {
                    case ALREADY_MET -> "0" + (c == null ? " (the target holds over the whole scanned range)"
                            : " (margin " + signed(c.change()) + ")");
                    case REACHABLE -> signed(c.change()) + " (to " + num(c.reaching(), 3) + ")"
                            + (c.converged() ? "" : " [bracket not converged]");
                    case UNREACHABLE -> "no value on the scanned range reaches the target";
                };
                rows.add(List.of(o.responderId(), reading(o.current()), answer, threshold, sides, change
                        + (o.crossings().size() > 1 ? "; " + o.crossings().size() + " crossings" : "")));
            }
            TextTable.table(out, "    ", rows);
        }
        out.flush();
    }

    private static String num(double x) {
        return Numbers.fixed(x, Typography.ASCII);
    }

    private static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.ASCII);
    }

    private static String signed(double x) {
        return Numbers.signed(x, Typography.ASCII);
    }

    private static String reading(org.parley.analysis.levers.Reading r) {
        return Phrases.reading(r, Typography.ASCII);
    }
}
