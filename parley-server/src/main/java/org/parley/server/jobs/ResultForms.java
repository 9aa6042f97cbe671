package org.parley.server.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.Forecast;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.games.Game;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.Provenance;
import org.parley.scenario.Scenario;
import org.parley.views.format.Phrases;
import org.parley.views.html.AnalysisSections;
import org.parley.views.html.HtmlReport;
import org.parley.views.html.ReportOptions;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;

/**
 * Turns typed results into what the server stores and serves, all produced by parley-views: the JSON documents of
 * {@code parley analyze --format json} and {@code parley game solve --format json} (Parley's one JSON form), and the
 * HTML report. The documents name their input as the API does ({@code scenario/3/versions/2}, {@code game/7})
 * where the CLI names a file.
 */
final class ResultForms {
    private ResultForms() {
    }

    static String analysis(String name, Scenario s, String sha256, List<Forecast> forecasts,
                           List<CrisisAnalysis.CrisisReport> crises, List<LeverAnswer> levers) {
        Documents.ScenarioRef ref = new Documents.ScenarioRef(name, s.metadata().title(),
                s.metadata().asOf() == null ? null : s.metadata().asOf().toString(), sha256, s.actors().size(),
                s.issues().size());
        return ParleyJson.write(new Documents.Analysis(BuildInfo.version(), BuildInfo.javaVersion(), ref, forecasts,
                IssueComparison.of(s, forecasts), Phrases.GAIN_DEFINITION, crises, levers, null, null));
    }

    static String equilibria(String name, Game g, EquilibriumResult r) {
        return ParleyJson.write(new Documents.Equilibria(BuildInfo.version(), BuildInfo.javaVersion(),
                new Documents.GameRef(name, g.title(), g.hash()), r));
    }

    static String qre(String name, Game g, QreResult r) {
        return ParleyJson.write(new Documents.Qre(BuildInfo.version(), BuildInfo.javaVersion(),
                new Documents.GameRef(name, g.title(), g.hash()), r));
    }

    /** The provenance of each crisis game and each lever outcome, in order. */
    static List<Provenance> provenances(List<CrisisAnalysis.CrisisReport> crises, List<LeverAnswer> levers) {
        List<Provenance> out = new ArrayList<>();
        crises.forEach(c -> out.add(c.provenance()));
        for (LeverAnswer l : levers) {
            l.result().outcomes().forEach(o -> out.add(o.provenance()));
        }
        return out;
    }

    static String provenance(RunProvenance p) {
        return ParleyJson.write(p);
    }

    static String write(Object value) {
        return ParleyJson.write(value);
    }

    static String report(Scenario s, List<Forecast> forecasts, List<CrisisAnalysis.CrisisReport> crises,
                         List<LeverAnswer> levers, Instant at) {
        return new HtmlReport().render(s, forecasts, new AnalysisSections(crises, levers),
                ReportOptions.of(BuildInfo.version()).withGeneratedAt(at));
    }
}
