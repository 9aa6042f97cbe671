package org.parley.sweep.sample;

import java.util.SplittableRandom;

/**
 * Plain Monte Carlo: point i draws one unit number per input from stream (seed, {@link ReplicateStreams#MONTE_CARLO},
 * i), in input order, and maps them through the input space. O(k) per point.
 */
public record MonteCarloDesign(InputSpace space, long seed, long samples) implements SweepDesign {
    public MonteCarloDesign {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
    }

    @Override
    public long size() {
        return samples;
    }

    @Override
    public void point(long index, double[] x) {
        double[] u = new double[space.dimension()];
        SplittableRandom r = ReplicateStreams.random(seed, ReplicateStreams.MONTE_CARLO, index);
        for (int i = 0; i < u.length; i++) {
            u[i] = ReplicateStreams.openUnit(r);
        }
        space.values(u, x);
    }
}
