package org.parley.sweep.sample;

import java.util.SplittableRandom;

/**
 * Random streams derived from (master seed, stream, index): counter-based, so replicate i's numbers depend on
 * nothing but the master seed and i. Any replicate can be replayed alone, and results do not depend on threads,
 * partitions or engine.
 *
 * <p>The stream's seed is SplitMix64's finaliser (Steele, Lea &amp; Flood 2014) applied twice to a combination of
 * the three numbers; the numbers themselves come from a {@link SplittableRandom} started at that seed.
 */
public final class ReplicateStreams {
    /** Stream of the Monte Carlo replicates. */
    public static final int MONTE_CARLO = 1;
    /** Stream of the rows of Saltelli's matrix A. */
    public static final int SALTELLI_A = 2;
    /** Stream of the rows of Saltelli's matrix B. */
    public static final int SALTELLI_B = 3;
    /** Stream of the bootstrap resamples of the Sobol estimators. */
    public static final int BOOTSTRAP = 4;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private ReplicateStreams() {
    }

    /** The seed of one stream's replicate. */
    public static long seed(long master, int stream, long index) {
        long z = mix(master + GOLDEN * (stream + 1L));
        return mix(z ^ mix(index * GOLDEN + 0x632BE59BD9B4E019L));
    }

    /** The generator of one stream's replicate. */
    public static SplittableRandom random(long master, int stream, long index) {
        return new SplittableRandom(seed(master, stream, index));
    }

    /** A uniform number in the open interval (0, 1): 53 random bits, offset by half a step. */
    public static double openUnit(SplittableRandom r) {
        return ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
