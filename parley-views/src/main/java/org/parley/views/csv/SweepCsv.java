package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import org.parley.sweep.CrisisSummary;
import org.parley.sweep.ForecastSummary;
import org.parley.sweep.SweepResult;
import org.parley.sweep.ZoneProbability;
import org.parley.sweep.stats.ValueSummary;

/**
 * A sweep as one CSV table ({@link Csv}: RFC 4180, numbers in full precision): one row per summarised quantity, with the
 * columns {@code kind, model, issue, game, stance, name, n, failed, mean, mean_se, sd, p05, median, p95, min, max,
 * share, share_se}. Kinds: {@code forecast}, {@code no_agreement}, {@code p_deal}, {@code p_escalation},
 * {@code p_status_quo}, {@code most_likely} (name = the outcome), {@code zone} (name = the zone).
 */
public final class SweepCsv {
    /** The header row. */
    public static final List<String> HEADER = List.of("kind", "model", "issue", "game", "stance", "name", "n",
            "failed", "mean", "mean_se", "sd", "p05", "median", "p95", "min", "max", "share", "share_se");

    private SweepCsv() {
    }

    /** Prints the table, header first. */
    public static void write(PrintWriter b, SweepResult r) {
        line(b, HEADER);
        for (ForecastSummary f : r.forecasts()) {
            value(b, "forecast", f.model(), f.issue(), "", "", "", f.outcome());
            if (f.noAgreement() != null) {
                share(b, "no_agreement", f.model(), f.issue(), "", "", "", f.noAgreement().count(),
                        f.noAgreement().valid(), f.noAgreement().proportion(), f.noAgreement().standardError());
            }
        }
        for (CrisisSummary c : r.crises()) {
            value(b, "p_deal", "", c.issue(), c.game(), c.stance(), "", c.pDeal());
            value(b, "p_escalation", "", c.issue(), c.game(), c.stance(), "", c.pEscalation());
            value(b, "p_status_quo", "", c.issue(), c.game(), c.stance(), "", c.pStatusQuo());
            c.mostLikely().forEach((o, s) -> share(b, "most_likely", "", c.issue(), c.game(), c.stance(),
                    o.id(), s.count(), s.valid(), s.proportion(), s.standardError()));
        }
        for (ZoneProbability z : r.zones()) {
            share(b, "zone", z.model() == null ? "" : z.model(), "", "", "", z.zone().name(), z.share().count(),
                    z.share().valid(), z.share().proportion(), z.share().standardError());
        }
        b.flush();
    }

    private static void value(PrintWriter b, String kind, String model, String issue, String game, String stance,
                              String name, ValueSummary v) {
        line(b, List.of(kind, model, issue, game, stance, name, Long.toString(v.n()), Long.toString(v.failed()),
                d(v.mean()), d(v.meanError()), d(v.sd()), d(v.p05()), d(v.median()), d(v.p95()), d(v.min()),
                d(v.max()), "", ""));
    }

    private static void share(PrintWriter b, String kind, String model, String issue, String game, String stance,
                              String name, long count, long valid, double p, double se) {
        line(b, List.of(kind, model, issue, game, stance, name, Long.toString(valid), "", "", "", "", "", "", "", "",
                "", d(p), d(se)));
    }

    private static String d(double x) {
        return Csv.number(x);
    }

    private static void line(PrintWriter b, List<String> cells) {
        Csv.row(b, cells.stream().map(Csv::text).toList()); // numbers hold no comma or quote: unchanged
    }
}
