package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;

/** A lever answer as CSV, one row per model (or crisis game) asked. */
public final class LeverCsv {
    /** The header row. */
    public static final List<String> HEADER = List.of("scenario_sha256", "actor", "issue", "attribute", "target",
            "responder", "status", "current_value", "current_reading", "threshold", "reaching", "change",
            "reading_below", "reading_above", "crossings");

    private LeverCsv() {
    }

    /** Writes the header and one row per outcome of the answer. */
    public static void write(PrintWriter out, String scenarioSha256, LeverAnswer a) {
        Csv.row(out, HEADER);
        var q = a.result().query();
        for (LeverOutcome o : a.result().outcomes()) {
            Crossing c = o.nearest();
            Csv.row(out, List.of(Csv.text(scenarioSha256), Csv.text(q.actorId()), Csv.text(q.issueId()),
                    q.attribute().label(), Csv.text(q.target().toString()), Csv.text(o.responderId()),
                    o.status().name().toLowerCase(Locale.ROOT), Csv.number(a.result().currentValue()),
                    Csv.text(reading(o.current())), c == null ? "" : Csv.number(c.threshold()),
                    c == null ? "" : Csv.number(c.reaching()), Csv.number(o.requiredChange()),
                    c == null ? "" : Csv.text(reading(c.readingLow())),
                    c == null ? "" : Csv.text(reading(c.readingHigh())), Integer.toString(o.crossings().size())));
        }
        out.flush();
    }

    private static String reading(org.parley.analysis.levers.Reading r) {
        return Phrases.reading(r, Typography.ASCII);
    }
}
