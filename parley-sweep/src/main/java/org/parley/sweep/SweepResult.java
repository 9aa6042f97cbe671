package org.parley.sweep;

import java.util.List;
import java.util.Objects;
import org.parley.provenance.Provenance;
import org.parley.sweep.sample.Correlation;
import org.parley.sweep.sample.RangeShape;
import org.parley.sweep.sample.UncertainInput;
import org.parley.sweep.sensitivity.SobolIndices;
import org.parley.sweep.sensitivity.Tornado;

/**
 * Everything a sweep found. Immutable; the same spec gives the same result on every engine (timings and the
 * engine's name aside).
 *
 * @param provenance   the scenario's hash, the master seed, every setting (component {@code sweep})
 * @param samples      Monte Carlo samples
 * @param rangeShape   how ranges were read
 * @param correlations correlations imposed
 * @param inputs       the uncertain inputs and their distributions, in file order
 * @param models       the models run, in report order
 * @param forecasts    per model and issue
 * @param crises       per game and stance
 * @param zones        per zone (and model, for zones that name none)
 * @param tornadoes    one per numeric output; empty when swings were skipped
 * @param sobolStatus  whether Sobol indices were computed
 * @param sobol        one per numeric output when computed
 * @param sobolSamples Saltelli base rows N (evaluations N(k + 2))
 * @param engine       engine id
 * @param parallelism  the engine's parallelism
 * @param timings      per phase run
 */
public record SweepResult(Provenance provenance, long samples, RangeShape rangeShape, List<Correlation> correlations,
                          List<UncertainInput> inputs, List<ModelChoice> models, List<ForecastSummary> forecasts,
                          List<CrisisSummary> crises, List<ZoneProbability> zones, List<Tornado> tornadoes,
                          SobolStatus sobolStatus, List<SobolIndices> sobol, long sobolSamples, String engine,
                          int parallelism, List<PhaseTiming> timings) {
    public SweepResult {
        Objects.requireNonNull(provenance, "provenance");
        correlations = List.copyOf(correlations);
        inputs = List.copyOf(inputs);
        models = List.copyOf(models);
        forecasts = List.copyOf(forecasts);
        crises = List.copyOf(crises);
        zones = List.copyOf(zones);
        tornadoes = List.copyOf(tornadoes);
        Objects.requireNonNull(sobolStatus, "sobolStatus");
        sobol = List.copyOf(sobol);
        timings = List.copyOf(timings);
    }

    /**
     * This result without its phase timings, the only part that changes from run to run (wall-clock seconds), so
     * that its every view is byte-identical for the same spec.
     */
    public SweepResult withoutTimings() {
        return new SweepResult(provenance, samples, rangeShape, correlations, inputs, models, forecasts, crises, zones,
                tornadoes, sobolStatus, sobol, sobolSamples, engine, parallelism, List.of());
    }

    /** Whether the scenario states any uncertainty (otherwise every sample is the point forecast). */
    public boolean hasUncertainty() {
        return !inputs.isEmpty();
    }
}
