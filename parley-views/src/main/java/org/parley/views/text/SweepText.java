package org.parley.views.text;

import org.parley.views.format.Escaping;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.sweep.CrisisSummary;
import org.parley.sweep.ForecastSummary;
import org.parley.sweep.PhaseTiming;
import org.parley.sweep.SobolStatus;
import org.parley.sweep.SweepResult;
import org.parley.sweep.ZoneProbability;
import org.parley.sweep.sensitivity.SobolIndex;
import org.parley.sweep.sensitivity.SobolIndices;
import org.parley.sweep.sensitivity.Swing;
import org.parley.sweep.sensitivity.Tornado;
import org.parley.sweep.stats.Share;
import org.parley.sweep.stats.ValueSummary;
import org.parley.views.format.Numbers;
import org.parley.views.format.SweepLabels;
import org.parley.views.format.Typography;

/** The terminal summary of a sweep. */
public final class SweepText {
    /** Inputs listed per output in the sensitivity lines. */
    static final int TOP = 3;

    private SweepText() {
    }

    /** Prints the summary. */
    public static void print(PrintWriter raw, String file, SweepResult r) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        out.printf(Locale.ROOT, "Sweep of %s: %d samples, seed %d, %d uncertain inputs (ranges %s%s), engine %s"
                        + " (parallelism %d)%n", file, r.samples(), r.provenance().seed(), r.inputs().size(),
                r.rangeShape().name().toLowerCase(Locale.ROOT), r.correlations().isEmpty() ? ""
                        : ", " + r.correlations().size() + " correlations", r.engine(), r.parallelism());
        for (PhaseTiming t : r.timings()) {
            out.printf(Locale.ROOT, "  %s: %d evaluations in %s s (%s/s)%n",
                    t.phase().name().toLowerCase(Locale.ROOT).replace('_', ' '), t.evaluations(), num(t.seconds(), 1),
                    num(t.throughput(), 0));
        }
        if (!r.hasUncertainty()) {
            out.println("The scenario states no uncertainty: every sample is the point forecast.");
        }
        out.println();
        out.println("Forecasts: 5% | median | 95% of the samples; mean +- Monte Carlo standard error");
        List<String> issues = r.forecasts().stream().map(ForecastSummary::issue).distinct().toList();
        List<ForecastSummary> byIssue = new java.util.ArrayList<>();
        issues.forEach(i -> r.forecasts().stream().filter(f -> f.issue().equals(i)).forEach(byIssue::add));
        String issue = null;
        for (ForecastSummary f : byIssue) {
            if (!f.issue().equals(issue)) {
                issue = f.issue();
                out.println("  " + issue);
            }
            ValueSummary v = f.outcome();
            out.printf(Locale.ROOT, "    %-11s %7s | %7s | %7s   mean %s +- %s%s%s%n", f.model(), num(v.p05(), 1),
                    num(v.median(), 1), num(v.p95(), 1), num(v.mean(), 2), num(v.meanError(), 2),
                    f.noAgreement() == null ? "" : "   no agreement " + share(f.noAgreement()),
                    v.failed() == 0 ? "" : "   (" + v.failed() + " samples failed)");
        }
        if (!r.crises().isEmpty()) {
            out.println();
            out.println("Crisis games: mean probability [5%, 95%]; share of samples in which each outcome is the most"
                    + " likely");
            for (CrisisSummary c : r.crises()) {
                out.printf(Locale.ROOT, "  %s, stance %s (defender at %s)%n", c.game(), c.stance(),
                        num(c.position(), 2));
                out.printf(Locale.ROOT, "    P(deal) %s [%s, %s]   P(escalation) %s [%s, %s]   P(status quo) %s [%s, %s]%n",
                        num(c.pDeal().mean(), 3), num(c.pDeal().p05(), 3), num(c.pDeal().p95(), 3),
                        num(c.pEscalation().mean(), 3), num(c.pEscalation().p05(), 3), num(c.pEscalation().p95(), 3),
                        num(c.pStatusQuo().mean(), 3), num(c.pStatusQuo().p05(), 3), num(c.pStatusQuo().p95(), 3));
                StringBuilder b = new StringBuilder("    most likely:");
                for (CrisisOutcome o : CrisisOutcome.values()) {
                    b.append(' ').append(o.id()).append(' ').append(share(c.mostLikely().get(o))).append(';');
                }
                b.setLength(b.length() - 1);
                out.println(b);
            }
        }
        if (!r.zones().isEmpty()) {
            out.println();
            out.println("Zones: probability +- Monte Carlo standard error");
            for (ZoneProbability z : r.zones()) {
                out.printf(Locale.ROOT, "  %-34s %-11s %s%n", z.zone().name().equals(z.zone().expression())
                        ? z.zone().name() : z.zone().name() + " (" + z.zone().expression() + ")",
                        z.model() == null ? "" : z.model(), share(z.share()));
            }
        }
        if (!r.tornadoes().isEmpty()) {
            out.println();
            out.println("Largest one-at-a-time swings (output range as each input crosses its interval alone)");
            for (Tornado t : r.tornadoes()) {
                StringBuilder b = new StringBuilder();
                List<Swing> top = t.swings().subList(0, Math.min(TOP, t.swings().size()));
                for (Swing s : top) {
                    if (!(s.width() > 0)) {
                        continue;
                    }
                    b.append(b.length() == 0 ? "" : ", ").append(s.input().key()).append(' ').append(num(s.width(), 3));
                }
                out.printf(Locale.ROOT, "  %-40s %s%n", SweepLabels.output(t.output(), Typography.ASCII),
                        b.length() == 0 ? "no input moves it" : b);
            }
        }
        out.println();
        if (r.sobolStatus() == SobolStatus.COMPUTED) {
            out.printf(Locale.ROOT, "Sobol indices (N = %d base rows, %d bootstrap resamples): largest total index "
                    + "S_T [95%% interval], first order S_1%n", r.sobolSamples(),
                    r.sobol().isEmpty() ? 0 : r.sobol().get(0).bootstrap());
            for (SobolIndices s : r.sobol()) {
                StringBuilder b = new StringBuilder();
                for (SobolIndex i : s.indices().subList(0, Math.min(TOP, s.indices().size()))) {
                    b.append(b.length() == 0 ? "" : "; ").append(i.input().key()).append(" S_T ")
                            .append(num(i.total().value(), 2)).append(" [").append(num(i.total().low(), 2))
                            .append(", ").append(num(i.total().high(), 2)).append("] S_1 ")
                            .append(num(i.first().value(), 2));
                }
                out.printf(Locale.ROOT, "  %-40s %s%n", SweepLabels.output(s.output(), Typography.ASCII),
                        s.indices().isEmpty() ? "constant over the samples" : b);
            }
        } else {
            out.println("Sobol indices: " + switch (r.sobolStatus()) {
                case NOT_REQUESTED -> "not requested (--sobol 0)";
                case CORRELATED_INPUTS -> "not computed: they assume independent inputs and correlations were given";
                case NO_UNCERTAIN_INPUTS -> "not computed: no uncertain inputs";
                case COMPUTED -> "";
            });
        }
    }

    /**
     * The intervals alone, for {@code analyze}: per issue and model the 5% | median | 95% of the forecasts, per
     * crisis game and stance the mean and 5–95% band of P(deal) and how often a deal is the most likely outcome.
     */
    public static void intervals(PrintWriter raw, SweepResult r) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        out.printf(Locale.ROOT, "Uncertainty: %d samples of the %d uncertain inputs (seed %d; parley sweep for more):"
                + " 5%% | median | 95%%%n", r.samples(), r.inputs().size(), r.provenance().seed());
        for (String issue : r.forecasts().stream().map(ForecastSummary::issue).distinct().toList()) {
            StringBuilder b = new StringBuilder("  " + issue + ":");
            for (ForecastSummary f : r.forecasts()) {
                if (f.issue().equals(issue)) {
                    ValueSummary v = f.outcome();
                    b.append("  ").append(f.model()).append(' ').append(num(v.p05(), 1)).append(" | ")
                            .append(num(v.median(), 1)).append(" | ").append(num(v.p95(), 1));
                }
            }
            out.println(b);
        }
        for (CrisisSummary c : r.crises()) {
            out.printf(Locale.ROOT, "  %s, %s: P(deal) %s [%s, %s]; deal most likely in %s%n", c.game(), c.stance(),
                    num(c.pDeal().mean(), 2), num(c.pDeal().p05(), 2), num(c.pDeal().p95(), 2),
                    SweepLabels.pct(c.mostLikely().get(CrisisOutcome.DEAL).proportion(), Typography.ASCII));
        }
    }

    private static String share(Share s) {
        return SweepLabels.share(s, Typography.ASCII);
    }

    private static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.ASCII);
    }
}
