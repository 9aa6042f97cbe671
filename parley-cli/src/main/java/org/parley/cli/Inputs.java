package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.InputLimits;
import org.parley.scenario.io.Problem;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioReader;

/** Reading scenarios and running models, shared by the commands. */
final class Inputs {
    private Inputs() {
    }

    /** A scenario with its checked games and levers. */
    record Loaded(ReadResult read, AnalysisPlan plan) {
        Scenario scenario() {
            return read.scenario();
        }
    }

    /**
     * Reads a scenario and checks its {@code games:} and {@code levers:} sections, printing warnings on {@code err}.
     *
     * @param knownModels the model ids a lever may name
     * @param limits      the reader's size limits (the command line's {@code --limit})
     * @throws org.parley.scenario.io.ScenarioFormatException with every problem located in the file (also those the
     *                                                  analysis finds in the games and levers)
     */
    static Loaded readWithPlan(Path file, PrintWriter err, java.util.Collection<String> knownModels,
                               InputLimits limits) {
        ReadResult r = new ScenarioReader(limits).readWithWarnings(file);
        for (Problem w : r.warnings()) {
            err.println(warning(w));
        }
        err.flush();
        return new Loaded(r, AnalysisPlan.read(r, knownModels));
    }

    /**
     * The models a lever asks: those it names (the configured instance when the command runs it, else the
     * catalog's), or every model the command runs.
     */
    static List<BargainingModel> modelsFor(LeverSpec spec, List<BargainingModel> running, ModelCatalog catalog) {
        if (spec.isGameLever()) {
            return List.of();
        }
        if (spec.models().isEmpty()) {
            return running;
        }
        List<BargainingModel> out = new ArrayList<>();
        for (String id : spec.models()) {
            out.add(running.stream().filter(m -> m.info().id().equals(id)).findFirst()
                    .orElseGet(() -> catalog.select(List.of(id)).get(0)));
        }
        return out;
    }

    /** Answers every lever of the plan, in one run (the scenario hashed once). */
    static List<LeverAnswer> runLevers(Scenario scenario, AnalysisPlan plan, List<BargainingModel> running,
                                       ModelCatalog catalog, LeverOptions options, RunContext run) {
        List<LeverAnswer> out = new ArrayList<>();
        for (LeverSpec l : plan.levers()) {
            out.add(AnalysisPlan.runLever(scenario, l, modelsFor(l, running, catalog), options, run));
        }
        return List.copyOf(out);
    }

    static String warning(Problem w) {
        StringBuilder b = new StringBuilder(w.file());
        if (w.hasLocation()) {
            b.append(':').append(w.line()).append(':').append(w.column());
        }
        b.append(": warning: ").append(w.message());
        if (w.hasHint()) {
            b.append(" (hint: ").append(w.hint()).append(')');
        }
        return b.toString();
    }

    /** Runs each model on the scenario, in order, within one run (one scenario hash for all). */
    static List<Forecast> run(List<BargainingModel> models, Scenario scenario, RunContext run) {
        List<Forecast> out = new ArrayList<>();
        for (BargainingModel m : models) {
            out.add(m.forecast(scenario, run));
        }
        return List.copyOf(out);
    }

    /** The file name without its last extension ("korea-2019.yaml" → "korea-2019"). */
    static String stem(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "scenario" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /**
     * The stem as a directory name that stays inside its parent: "scenario" when the stem is empty, "." or ".."
     * (a file named {@code ...yaml} must not send the report to {@code ./}).
     */
    static String safeStem(Path file) {
        String s = stem(file);
        return s.isBlank() || s.chars().allMatch(c -> c == '.') ? "scenario" : s;
    }
}
