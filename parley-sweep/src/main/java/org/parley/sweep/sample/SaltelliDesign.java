package org.parley.sweep.sample;

import java.util.SplittableRandom;

/**
 * Saltelli's sampling design for first-order and total Sobol indices (Saltelli et al. 2010, section 3): two
 * independent base matrices A and B of N rows, and for every input i the matrix A_B^(i), A with column i taken
 * from B. N(k + 2) points in all, laid out row by row: point j(k+2) is A_j, point j(k+2)+1 is B_j, point
 * j(k+2)+2+i is A_B^(i)_j. Rows of A and B come from their own streams, so a row is replayable alone.
 *
 * <p>The indices assume independent inputs: with correlations the design still runs but the indices lose their
 * variance-decomposition meaning (the sweep then skips them).
 */
public record SaltelliDesign(InputSpace space, long seed, long baseSamples) implements SweepDesign {
    public SaltelliDesign {
        if (baseSamples < 2) {
            throw new IllegalArgumentException("Sobol base samples must be >= 2, got " + baseSamples);
        }
    }

    /** Points per row: A, B and one A_B^(i) per input. */
    public int block() {
        return space.dimension() + 2;
    }

    @Override
    public long size() {
        return baseSamples * block();
    }

    @Override
    public void point(long index, double[] x) {
        int k = space.dimension();
        long row = index / block();
        int which = (int) (index % block());
        double[] a = unit(ReplicateStreams.SALTELLI_A, row, k);
        if (which == 1) {
            a = unit(ReplicateStreams.SALTELLI_B, row, k);
        } else if (which >= 2) {
            double[] b = unit(ReplicateStreams.SALTELLI_B, row, k);
            a[which - 2] = b[which - 2];
        }
        space.values(a, x);
    }

    private double[] unit(int stream, long row, int k) {
        SplittableRandom r = ReplicateStreams.random(seed, stream, row);
        double[] u = new double[k];
        for (int i = 0; i < k; i++) {
            u[i] = ReplicateStreams.openUnit(r);
        }
        return u;
    }
}
