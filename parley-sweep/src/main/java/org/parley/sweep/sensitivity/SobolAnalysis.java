package org.parley.sweep.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.sweep.OutputId;
import org.parley.sweep.OutputLayout;
import org.parley.sweep.sample.ReplicateStreams;
import org.parley.sweep.sample.SaltelliDesign;
import org.parley.sweep.stats.BootstrapEstimate;

/**
 * First-order and total Sobol indices from the rows of a {@link SaltelliDesign}, with the estimators recommended by
 * Saltelli et al. (2010), table 2: S_i = (1/N) Σ_j f(B)_j (f(A_B^i)_j − f(A)_j) / V (their eq. (b), after Sobol
 * et al. 2007) and S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^i)_j)² / V (Jansen 1999), with V the variance of the f(A) and
 * f(B) values together. Confidence intervals: percentile bootstrap over the base rows (Archer, Saltelli &amp;
 * Sobol 1997), the same resamples for every input and output, drawn from the master seed's bootstrap stream.
 * Rows in which the model failed at any point are dropped for that output. Cost O(B·N·k) per output.
 *
 * <p>References: A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola (2010), "Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index", Computer Physics
 * Communications 181(2), 259–270; M. J. W. Jansen (1999), Computer Physics Communications 117, 35–43.
 */
public final class SobolAnalysis {
    private SobolAnalysis() {
    }

    /** One set of indices per numeric output column. */
    public static List<SobolIndices> indices(SaltelliDesign design, OutputLayout layout, double[] rows, long seed,
                                             int bootstrap) {
        int cols = layout.size(), k = design.space().dimension(), block = design.block();
        int n = (int) design.baseSamples();
        List<SobolIndices> out = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            OutputId id = layout.columns().get(c);
            if (!id.kind().isNumeric()) {
                continue;
            }
            // gather the rows complete for this output
            double[] fa = new double[n], fb = new double[n];
            double[][] fab = new double[k][n];
            int m = 0;
            for (int j = 0; j < n; j++) {
                int base = j * block;
                boolean ok = true;
                for (int p = 0; p < block && ok; p++) {
                    ok = !Double.isNaN(rows[(base + p) * cols + c]);
                }
                if (!ok) {
                    continue;
                }
                fa[m] = rows[base * cols + c];
                fb[m] = rows[(base + 1) * cols + c];
                for (int i = 0; i < k; i++) {
                    fab[i][m] = rows[(base + 2 + i) * cols + c];
                }
                m++;
            }
            int[] all = new int[m];
            for (int j = 0; j < m; j++) {
                all[j] = j;
            }
            double v = variance(fa, fb, all);
            if (m < 2 || !(v > 0)) {
                out.add(new SobolIndices(id, m, m < 2 ? Double.NaN : v, bootstrap, List.of()));
                continue;
            }
            int[][] resamples = new int[bootstrap][m];
            for (int b = 0; b < bootstrap; b++) {
                SplittableRandom r = ReplicateStreams.random(seed, ReplicateStreams.BOOTSTRAP, b);
                for (int j = 0; j < m; j++) {
                    resamples[b][j] = r.nextInt(m);
                }
            }
            double[] vb = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                vb[b] = variance(fa, fb, resamples[b]);
            }
            List<SobolIndex> idx = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                double[] s = estimates(fa, fb, fab[i], all, v);
                double[] firsts = new double[bootstrap], totals = new double[bootstrap];
                for (int b = 0; b < bootstrap; b++) {
                    double[] e = estimates(fa, fb, fab[i], resamples[b], vb[b]);
                    firsts[b] = e[0];
                    totals[b] = e[1];
                }
                idx.add(new SobolIndex(design.space().inputs().get(i).id(), interval(s[0], firsts),
                        interval(s[1], totals)));
            }
            idx.sort(Comparator.comparingDouble((SobolIndex x) -> x.total().value()).reversed());
            out.add(new SobolIndices(id, m, v, bootstrap, idx));
        }
        return out;
    }

    /** Variance of f(A) and f(B) over the chosen rows (population form, 2N values). */
    static double variance(double[] fa, double[] fb, int[] rows) {
        double s = 0;
        for (int j : rows) {
            s += fa[j] + fb[j];
        }
        double mean = s / (2.0 * rows.length);
        double ss = 0;
        for (int j : rows) {
            ss += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        return ss / (2.0 * rows.length);
    }

    /** {S_i, S_Ti} over the chosen rows. */
    static double[] estimates(double[] fa, double[] fb, double[] fab, int[] rows, double v) {
        double first = 0, total = 0;
        for (int j : rows) {
            first += fb[j] * (fab[j] - fa[j]);
            double d = fa[j] - fab[j];
            total += d * d;
        }
        int n = rows.length;
        return v > 0 ? new double[] {first / n / v, total / (2.0 * n) / v} : new double[] {Double.NaN, Double.NaN};
    }

    private static BootstrapEstimate interval(double value, double[] reps) {
        double[] s = Arrays.stream(reps).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (s.length == 0) {
            return new BootstrapEstimate(value, Double.NaN, Double.NaN);
        }
        return new BootstrapEstimate(value, org.parley.sweep.stats.ValueSummary.quantile(s, 0.025),
                org.parley.sweep.stats.ValueSummary.quantile(s, 0.975));
    }
}
