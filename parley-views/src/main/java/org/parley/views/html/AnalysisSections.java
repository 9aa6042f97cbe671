package org.parley.views.html;

import java.util.List;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.plan.LeverAnswer;

/**
 * The analyses beyond the bargaining forecasts that a report shows: the crisis games of the scenario's
 * {@code games:} section, each analysed at every stance, and the answered {@code levers:} questions.
 *
 * @param crises one report per game, in file order
 * @param levers      one answer per lever question, in file order
 * @param uncertainty a small sweep over the scenario's stated uncertainty (intervals of the forecasts and crisis
 *                    outcomes), or null when the scenario states none or none was run
 */
public record AnalysisSections(List<CrisisReport> crises, List<LeverAnswer> levers,
                               org.parley.sweep.SweepResult uncertainty) {
    /** No crisis games and no levers. */
    public static final AnalysisSections NONE = new AnalysisSections(List.of(), List.of());

    public AnalysisSections {
        crises = List.copyOf(crises);
        levers = List.copyOf(levers);
    }

    /** Crisis games and levers without an uncertainty sweep. */
    public AnalysisSections(List<CrisisReport> crises, List<LeverAnswer> levers) {
        this(crises, levers, null);
    }

    public boolean isEmpty() {
        return crises.isEmpty() && levers.isEmpty() && uncertainty == null;
    }
}
