package org.parley.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.parley.sweep.sample.Correlation;
import org.parley.sweep.sample.RangeShape;

/**
 * Everything that defines a sweep, as plain serialisable data so that any engine (a thread pool here, Spark
 * executors elsewhere) rebuilds the same computation ({@link SweepSetup#of}): the scenario's text, the models, the
 * master seed and the sizes of the three designs.
 *
 * @param scenarioText   the scenario file's content (YAML or JSON)
 * @param scenarioName   the file's name, for located errors
 * @param models         the models to run, in report order
 * @param seed           master seed: every random number of the sweep derives from it and a replicate index
 * @param samples        Monte Carlo replicates (≥ 1)
 * @param sobolSamples   base rows N of Saltelli's design (N(k + 2) evaluations for k inputs); 0 skips the Sobol indices
 * @param swingPoints    grid points per input for the one-at-a-time swings (≥ 2); 0 skips them
 * @param bootstrap      bootstrap resamples for the Sobol confidence intervals (≥ 10 when Sobol runs)
 * @param rangeShape     how ranges are read
 * @param correlations   correlations between named inputs (empty: independent)
 */
public record SweepSpec(String scenarioText, String scenarioName, List<ModelChoice> models, long seed, long samples,
                        long sobolSamples, int swingPoints, int bootstrap, RangeShape rangeShape,
                        List<Correlation> correlations) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Default Sobol base rows. */
    public static final long DEFAULT_SOBOL_SAMPLES = 512;
    /** Default swing grid points per input. */
    public static final int DEFAULT_SWING_POINTS = 9;
    /** Default bootstrap resamples. */
    public static final int DEFAULT_BOOTSTRAP = 200;

    public SweepSpec {
        Objects.requireNonNull(scenarioText, "scenarioText");
        Objects.requireNonNull(scenarioName, "scenarioName");
        models = List.copyOf(models);
        Objects.requireNonNull(rangeShape, "rangeShape");
        correlations = List.copyOf(correlations);
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        if (sobolSamples != 0 && sobolSamples < 2) {
            throw new IllegalArgumentException("Sobol samples must be 0 (skip) or >= 2, got " + sobolSamples);
        }
        if (swingPoints != 0 && swingPoints < 2) {
            throw new IllegalArgumentException("swing points must be 0 (skip) or >= 2, got " + swingPoints);
        }
        if (sobolSamples > 0 && bootstrap < 10) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 10, got " + bootstrap);
        }
    }

    /** A spec with the default design sizes and independent uniform ranges. */
    public static SweepSpec of(String scenarioText, String scenarioName, List<ModelChoice> models, long seed,
                               long samples) {
        return new SweepSpec(scenarioText, scenarioName, models, seed, samples, DEFAULT_SOBOL_SAMPLES,
                DEFAULT_SWING_POINTS, DEFAULT_BOOTSTRAP, RangeShape.UNIFORM, List.of());
    }

    public SweepSpec withSamples(long n) {
        return new SweepSpec(scenarioText, scenarioName, models, seed, n, sobolSamples, swingPoints, bootstrap,
                rangeShape, correlations);
    }

    public SweepSpec withSensitivity(long sobol, int swing) {
        return new SweepSpec(scenarioText, scenarioName, models, seed, samples, sobol, swing, bootstrap, rangeShape,
                correlations);
    }

    public SweepSpec withShape(RangeShape shape, List<Correlation> corr) {
        return new SweepSpec(scenarioText, scenarioName, models, seed, samples, sobolSamples, swingPoints, bootstrap,
                shape, corr);
    }
}
