package org.parley.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.forecast.BargainingModel;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.InputLimits;
import org.parley.scenario.io.ScenarioReader;
import org.parley.sweep.sample.InputSpace;
import org.parley.sweep.sample.MonteCarloDesign;
import org.parley.sweep.sample.SaltelliDesign;
import org.parley.sweep.sample.SweepDesign;
import org.parley.sweep.sample.SwingDesign;

/**
 * A {@link SweepSpec} made executable: the scenario read from its text, the input space, the models, the evaluator
 * and the design of each phase. Every engine builds it from the spec, so the driver and each executor compute
 * the same thing. Immutable and thread-safe.
 */
public final class SweepSetup {
    private final SweepSpec spec;
    private final Scenario scenario;
    private final InputSpace space;
    private final ReplicateEvaluator evaluator;
    private final RunContext run;

    private SweepSetup(SweepSpec spec, List<BargainingModel> given) {
        this.spec = spec;
        // the caller read this text under its limits (the command line's --limit, the server's); re-read as is
        this.scenario = new ScenarioReader(InputLimits.LARGEST).read(spec.scenarioText(), spec.scenarioName());
        this.space = InputSpace.of(scenario, spec.rangeShape()).withCorrelations(spec.correlations());
        List<BargainingModel> models = new ArrayList<>();
        if (given != null) {
            models.addAll(given);
        } else {
            for (ModelChoice c : spec.models()) {
                models.add(c.build());
            }
        }
        this.run = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario)).withSeed(spec.seed());
        this.evaluator = new ReplicateEvaluator(space, models, scenario.games(), run);
    }

    /**
     * Builds the setup.
     *
     * @throws org.parley.scenario.io.ScenarioFormatException if the text is not a valid scenario
     * @throws IllegalArgumentException for an unknown model or option, or correlations naming unknown inputs
     */
    public static SweepSetup of(SweepSpec spec) {
        return new SweepSetup(Objects.requireNonNull(spec, "spec"), null);
    }

    /**
     * A setup that runs these model instances (for the local engine only: other engines rebuild the models from the
     * spec's {@link ModelChoice}s, which must then name registered models).
     *
     * @throws IllegalArgumentException if the instances do not match the spec's model ids, in order
     */
    public static SweepSetup of(SweepSpec spec, List<BargainingModel> models) {
        List<String> ids = models.stream().map(m -> m.info().id()).toList();
        if (!ids.equals(spec.models().stream().map(ModelChoice::id).toList())) {
            throw new IllegalArgumentException("models " + ids + " do not match the spec's " + spec.models());
        }
        return new SweepSetup(Objects.requireNonNull(spec, "spec"), List.copyOf(models));
    }

    public SweepSpec spec() {
        return spec;
    }

    public Scenario scenario() {
        return scenario;
    }

    public InputSpace space() {
        return space;
    }

    public ReplicateEvaluator evaluator() {
        return evaluator;
    }

    /** The run: the scenario's hash, start time and master seed. */
    public RunContext run() {
        return run;
    }

    /** Whether a phase has anything to evaluate (the sensitivity phases need inputs and a size). */
    public boolean runs(Phase phase) {
        return switch (phase) {
            case MONTE_CARLO -> true;
            case SWING -> spec.swingPoints() > 0 && space.dimension() > 0;
            case SOBOL -> spec.sobolSamples() > 0 && space.dimension() > 0 && space.correlations().isEmpty();
        };
    }

    /** The design of a phase. */
    public SweepDesign design(Phase phase) {
        return switch (phase) {
            case MONTE_CARLO -> new MonteCarloDesign(space, spec.seed(), spec.samples());
            case SWING -> new SwingDesign(space, Math.max(2, spec.swingPoints()));
            case SOBOL -> new SaltelliDesign(space, spec.seed(), Math.max(2, spec.sobolSamples()));
        };
    }

    /**
     * Evaluates rows [from, to) of a phase's design into {@code out} (row-major, {@code layout().size()} columns,
     * row {@code from} at offset 0). What every engine calls on its share of the rows.
     */
    public void evaluateRows(Phase phase, long from, long to, double[] out) {
        SweepDesign d = design(phase);
        double[] x = new double[space.dimension()];
        int cols = evaluator.layout().size();
        for (long r = from; r < to; r++) {
            d.point(r, x);
            evaluator.evaluate(x, out, (int) ((r - from) * cols));
        }
    }
}
