package org.parley.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.Forecast;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.Provenance;
import org.parley.scenario.Scenario;
import org.parley.views.report.AnalysisSections;
import org.parley.views.report.HtmlReport;
import org.parley.views.report.IssueSummary;
import org.parley.views.report.LeverJson;
import org.parley.views.report.ReportOptions;

/**
 * Turns typed results into what the server stores and serves: the JSON document of {@code parley analyze --format
 * json} and the HTML report, both produced by parley-views.
 */
final class ResultForms {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Version of the analysis document layout (the CLI's). */
    static final int SCHEMA_VERSION = 1;

    private ResultForms() {
    }

    record ScenarioRef(String file, String title, String asOf, String sha256, int actors, int issues) {
    }

    record Analysis(int schemaVersion, String parleyVersion, String javaVersion, ScenarioRef scenario,
                    List<Forecast> forecasts, List<IssueSummary> summary, String gainDefinition,
                    List<Map<String, Object>> crisisGames, List<Map<String, Object>> levers, String report) {
    }

    static String analysis(String name, Scenario s, String sha256, List<Forecast> forecasts,
                           List<CrisisAnalysis.CrisisReport> crises, List<LeverAnswer> levers) {
        ScenarioRef ref = new ScenarioRef(name, s.metadata().title(),
                s.metadata().asOf() == null ? null : s.metadata().asOf().toString(), sha256, s.actors().size(),
                s.issues().size());
        return write(new Analysis(SCHEMA_VERSION, BuildInfo.version(), BuildInfo.javaVersion(), ref, forecasts,
                IssueSummary.of(s, forecasts), "", crises.stream().map(org.parley.views.report.CrisisWording::summary).toList(),
                levers.stream().map(LeverJson::summary).toList(), null));
    }

    /** The provenance of each crisis game and each lever outcome, in order. */
    static List<Provenance> provenances(List<CrisisAnalysis.CrisisReport> crises, List<LeverAnswer> levers) {
        List<Provenance> out = new java.util.ArrayList<>();
        crises.forEach(c -> out.add(c.provenance()));
        for (LeverAnswer l : levers) {
            l.result().outcomes().forEach(o -> out.add(o.provenance()));
        }
        return out;
    }

    static List<Provenance> provenances(org.parley.games.solve.EquilibriumResult r) {
        return List.of(r.provenance());
    }

    /** What {@code game solve --format json} prints (interim form until parley-views writes it). */
    record Equilibria(int schemaVersion, String kind, String parleyVersion, String game, String gameHash,
                      String title, String method, String arithmetic, List<EquilibriumOut> equilibria,
                      boolean verified) {
    }

    record EquilibriumOut(double[] profile, double maxRegret, boolean verified) {
    }

    static String equilibria(String name, org.parley.games.solve.EquilibriumResult r) {
        return write(new Equilibria(SCHEMA_VERSION, "equilibria", BuildInfo.version(), name, r.gameHash(),
                r.game().title(), r.method(), r.arithmetic().name(), r.equilibria().stream()
                .map(e -> new EquilibriumOut(e.profile().toFlatArray(), e.maxRegret(), e.verified())).toList(),
                r.isVerified()));
    }

    static String provenance(RunProvenance p) {
        return write(p);
    }

    static String report(Scenario s, List<Forecast> forecasts, List<CrisisAnalysis.CrisisReport> crises,
                         List<LeverAnswer> levers, Instant at) {
        return new HtmlReport().render(s, forecasts, new AnalysisSections(crises, levers),
                ReportOptions.of(BuildInfo.version()).withGeneratedAt(at));
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
