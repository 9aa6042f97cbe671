package org.parley.sweep.sample;

/**
 * The distribution one uncertain input is drawn from, given by its quantile function so that a unit number u in
 * (0, 1) becomes a value (inverse-transform sampling; the same u of a Gaussian copula gives correlated inputs).
 * Every distribution has a bounded support [low, high] inside the input's domain.
 */
public sealed interface InputDistribution {
    /** The value with cumulative probability u, for 0 &lt; u &lt; 1. */
    double quantile(double u);

    /** The cumulative probability of x (the inverse of {@link #quantile}). */
    double cdf(double x);

    /** The smallest value of the support. */
    double low();

    /** The largest value of the support. */
    double high();

    /**
     * Uniform on [low, high]: how a range in a scenario file is read by default (every value of the range equally
     * plausible).
     */
    record Uniform(double low, double high) implements InputDistribution {
        public Uniform {
            if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("uniform needs finite low <= high, got [" + low + ", " + high + "]");
            }
        }

        @Override
        public double quantile(double u) {
            return low == high ? low : Math.min(high, low + u * (high - low));
        }

        @Override
        public double cdf(double x) {
            return low == high ? (x < low ? 0 : 1) : Math.max(0, Math.min(1, (x - low) / (high - low)));
        }
    }

    /**
     * Triangular on [low, high] with its peak at the stated value (mode): a range read as "the stated value is the
     * most plausible, the ends are the least".
     */
    record Triangular(double low, double mode, double high) implements InputDistribution {
        public Triangular {
            if (!(low <= mode && mode <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("triangular needs low <= mode <= high, got " + low + ", " + mode
                        + ", " + high);
            }
        }

        @Override
        public double quantile(double u) {
            double w = high - low;
            if (w == 0) {
                return low;
            }
            double fm = (mode - low) / w;
            double x = u < fm ? low + StrictMath.sqrt(u * w * (mode - low))
                    : high - StrictMath.sqrt((1 - u) * w * (high - mode));
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double cdf(double x) {
            double w = high - low;
            if (x <= low) {
                return 0;
            }
            if (x >= high) {
                return 1;
            }
            return x <= mode ? (x - low) * (x - low) / (w * (mode - low))
                    : 1 - (high - x) * (high - x) / (w * (high - mode));
        }
    }

    /**
     * A normal distribution N(mean, sd²) truncated to [low, high] (the input's domain): how a standard deviation in
     * a scenario file is read. Sampled by inverse transform, x = mean + sd·Φ⁻¹(Φ(α) + u(Φ(β) − Φ(α))) with
     * α, β the standardised bounds, computed in the lower tail (reflected when both bounds lie above the mean) so
     * that truncation far from the mean keeps its precision.
     */
    record TruncatedNormal(double mean, double sd, double low, double high) implements InputDistribution {
        public TruncatedNormal {
            if (!(sd > 0) || !Double.isFinite(sd) || !Double.isFinite(mean)) {
                throw new IllegalArgumentException("truncated normal needs a finite mean and sd > 0, got " + mean
                        + ", " + sd);
            }
            if (!(low < high) || !(low <= mean && mean <= high)) {
                throw new IllegalArgumentException("truncated normal needs low < high and the mean inside, got ["
                        + low + ", " + high + "], mean " + mean);
            }
        }

        @Override
        public double quantile(double u) {
            double a = (low - mean) / sd, b = (high - mean) / sd;
            boolean flip = a > 0; // both bounds above the mean: sample the mirror image in the lower tail
            if (flip) {
                double t = -b;
                b = -a;
                a = t;
                u = 1 - u;
            }
            double fa = NormalDistribution.cdf(a), fb = NormalDistribution.cdf(b);
            double p = fa + u * (fb - fa);
            p = Math.max(Math.nextUp(0.0), Math.min(Math.nextDown(1.0), p));
            double z = NormalDistribution.quantile(p);
            double x = mean + sd * (flip ? -z : z);
            return Math.max(low, Math.min(high, x));
        }

        @Override
        public double cdf(double x) {
            if (x <= low) {
                return 0;
            }
            if (x >= high) {
                return 1;
            }
            double fa = NormalDistribution.cdf((low - mean) / sd), fb = NormalDistribution.cdf((high - mean) / sd);
            return (NormalDistribution.cdf((x - mean) / sd) - fa) / (fb - fa);
        }
    }
}
