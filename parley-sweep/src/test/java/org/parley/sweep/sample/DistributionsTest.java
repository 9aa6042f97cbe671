package org.parley.sweep.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Φ, Φ⁻¹ and the input distributions' quantile functions. */
class DistributionsTest {
    @Test
    void normalCdfMatchesTabulatedValues() {
        // Abramowitz & Stegun table 26.1 / standard values
        assertEquals(0.5, NormalDistribution.cdf(0), 1e-16);
        assertEquals(0.8413447460685429, NormalDistribution.cdf(1), 1e-15);
        assertEquals(0.9772498680518208, NormalDistribution.cdf(2), 1e-15);
        assertEquals(0.0013498980316300946, NormalDistribution.cdf(-3), 1e-17);
        assertEquals(7.619853024160527e-24, NormalDistribution.cdf(-10), 1e-36);
    }

    @Test
    void quantileInvertsTheCdf() {
        assertEquals(1.6448536269514722, NormalDistribution.quantile(0.95), 1e-14);
        assertEquals(-2.3263478740408408, NormalDistribution.quantile(0.01), 1e-14);
        for (double p : new double[] {1e-12, 1e-6, 0.02, 0.3, 0.5, 0.77, 0.99, 1 - 1e-9}) {
            double z = NormalDistribution.quantile(p);
            assertEquals(p, NormalDistribution.cdf(z), 1e-14 * Math.max(1, p / (1 - p)) + 1e-15 * p, "p=" + p);
        }
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(0));
    }

    @Test
    void quantilesStayInTheSupportAndInvertTheirCdf() {
        InputDistribution[] ds = {new InputDistribution.Uniform(80, 100),
                new InputDistribution.Triangular(0, 30, 35), new InputDistribution.TruncatedNormal(50, 10, 0, 100),
                new InputDistribution.TruncatedNormal(98, 5, 0, 100),   // mean near the upper bound
                new InputDistribution.TruncatedNormal(0.5, 0.1, 0, 1e9)};
        SplittableRandom r = new SplittableRandom(3);
        for (InputDistribution d : ds) {
            for (int i = 0; i < 2000; i++) {
                double u = ReplicateStreams.openUnit(r);
                double x = d.quantile(u);
                assertTrue(x >= d.low() && x <= d.high(), d + " gave " + x);
                assertEquals(u, d.cdf(x), 1e-9, d + " at u=" + u);
            }
        }
        // a truncated normal far in the tail: both bounds above the mean
        InputDistribution tail = new InputDistribution.TruncatedNormal(0, 1, 0, 100);
        assertEquals(0.6744897501960817, tail.quantile(0.5), 1e-12); // median of the half-normal
    }

    @Test
    void streamsDependOnSeedStreamAndIndexOnly() {
        assertEquals(ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 5),
                ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 5));
        assertTrue(ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 5)
                != ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 6));
        assertTrue(ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 5)
                != ReplicateStreams.seed(1, ReplicateStreams.SALTELLI_A, 5));
        assertTrue(ReplicateStreams.seed(1, ReplicateStreams.MONTE_CARLO, 5)
                != ReplicateStreams.seed(2, ReplicateStreams.MONTE_CARLO, 5));
    }
}
