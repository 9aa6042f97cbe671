package org.parley.sweep.sample;

/**
 * The standard normal distribution's cumulative distribution function Φ and its inverse, in {@link StrictMath}
 * so that every JVM gives the same bits (sweeps must not depend on the machine that runs a replicate).
 *
 * <p>Φ(z) = erfc(−z/√2)/2. erfc is summed from the Maclaurin series of erf for |x| &lt; 2 and from the continued
 * fraction erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (modified Lentz) beyond, so the lower
 * tail keeps its relative precision. Φ⁻¹ starts from Acklam's rational approximation (relative error 1.15e-9) and
 * takes one Halley step on Φ, which brings it to about 1e-15. References: Abramowitz &amp; Stegun (1964) 7.1.5
 * and 7.1.14; P. J. Acklam (2003), "An algorithm for computing the inverse normal cumulative distribution
 * function". Cost: O(1), at most a few hundred operations.
 */
public final class NormalDistribution {
    private static final double SQRT2 = StrictMath.sqrt(2.0);
    private static final double SQRT_PI = StrictMath.sqrt(StrictMath.PI);
    private static final double SQRT_2PI = StrictMath.sqrt(2 * StrictMath.PI);

    // Acklam's coefficients (published constants)
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    private NormalDistribution() {
    }

    /** Φ(z), the probability that a standard normal variable is at most z. */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return z < 0 ? 0.5 * erfc(-z / SQRT2) : 1 - 0.5 * erfc(z / SQRT2);
    }

    /** The standard normal density φ(z). */
    public static double density(double z) {
        return StrictMath.exp(-0.5 * z * z) / SQRT_2PI;
    }

    /**
     * Φ⁻¹(p).
     *
     * @throws IllegalArgumentException unless 0 &lt; p &lt; 1
     */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        double x;
        if (p < P_LOW) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        } else if (p <= 1 - P_LOW) {
            double q = p - 0.5, r = q * q;
            x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                    / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        } else {
            double q = StrictMath.sqrt(-2 * StrictMath.log1p(-p));
            x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        // one Halley step on Φ(x) − p; in the upper tail on the complement, which keeps its precision
        double e = x < 0 ? cdf(x) - p : (1 - p) - 0.5 * erfc(x / SQRT2);
        double u = e * SQRT_2PI * StrictMath.exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }

    /** The complementary error function for x ≥ 0. */
    static double erfc(double x) {
        if (x < 2) {
            // erf(x) = 2/√π Σ (−1)^n x^{2n+1} / (n! (2n+1))
            double term = x, sum = x, x2 = x * x;
            for (int n = 1; n < 200; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (StrictMath.abs(add) < 1e-17 * StrictMath.abs(sum)) {
                    break;
                }
            }
            return 1 - 2 / SQRT_PI * sum;
        }
        if (x > 27) {
            return 0; // below the smallest double
        }
        // continued fraction K(a_k / (x)) with a_k = k/2, modified Lentz
        double tiny = 1e-300;
        double f = x, c = x, d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (StrictMath.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return StrictMath.exp(-x * x) / (SQRT_PI * f);
    }
}
