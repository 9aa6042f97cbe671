package org.parley.forecast.eu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.forecast.RoundState;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;
import org.parley.forecast.support.Weighted;

/**
 * One issue's expected-utility dynamics: fixed actor data (c, s, ids, distance scale R) and the round map
 * positions → positions. Stateless apart from those constants; every round's quantities are recomputed from the
 * positions. Package-private so tests can check each intermediate number.
 */
final class EuEngine {
    final String[] ids;
    final double[] c;
    final double[] s;      // salience as a probability in [0, 1]
    final double[] w;      // c·s
    final double range;    // R: distances are |a − b| / R
    final Options opt;
    final int n;
    /** Scratch space (not shared across threads: an engine serves one forecast). */
    private final int[] order;
    private final double[][] powScratch;

    EuEngine(String[] ids, double[] c, double[] s, double range, Options opt) {
        this.ids = ids;
        this.c = c;
        this.s = s;
        this.n = c.length;
        this.w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = c[i] * s[i];
        }
        this.range = range;
        this.opt = opt;
        this.order = new int[n];
        this.powScratch = new double[n][n];
    }

    /** Everything computed in one round, for tests and diagnostics. */
    record Round(double median, double[] threats, double[] risk, double[][] probUnit, double[][] euUnit,
                 double[][] probRisk, double[] next, List<RoundState.Move> moves) {
    }

    /** Weighted median (midpoint on ties) of positions with weights c·s. */
    double median(double[] x) {
        return Weighted.medianMidpoint(x, w, order);
    }

    /**
     * Per-phase cache: δ(x_k, x_p)^{ρ_k} stored as pow[p][k] (row p holds every voter's view of position p), and
     * the probability matrix P[i][j] that i prevails over j. Depends only on (positions, voters' exponents).
     */
    double[][] probabilities(double[] x, double[] rho) {
        double[][] pow = powScratch; // only read within this call
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < n; k++) {
                double d = Math.abs(x[k] - x[p]) / range;
                pow[p][k] = pow(d, rho[k]);
            }
        }
        double scholzDen = opt.variant() == Variant.SCHOLZ2011 ? allPairsNormaliser(pow) : Double.NaN;
        double[][] prob = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] pi = pow[i];
            for (int j = i + 1; j < n; j++) {
                if (x[i] == x[j]) { // same position: no contest (P = 0 by definition)
                    continue;
                }
                double[] pj = pow[j];
                double forI = 0, forJ = 0;
                for (int k = 0; k < n; k++) {
                    double v = w[k] * (pj[k] - pi[k]); // k's vote for x_i over x_j
                    forI += Math.max(v, 0.0);            // branch-free: this loop is the O(n³) hot spot
                    forJ += Math.max(-v, 0.0);
                }
                if (opt.variant() == Variant.SCHOLZ2011) {
                    prob[i][j] = forI / scholzDen;
                    prob[j][i] = forJ / scholzDen;
                } else {
                    double den = forI + forJ;
                    prob[i][j] = den > 0 ? forI / den : 0.5;
                    prob[j][i] = den > 0 ? forJ / den : 0.5;
                }
            }
        }
        return prob;
    }

    /**
     * Σ_k Σ_p Σ_q |v_k(x_p, x_q)| = Σ_k w_k · 2 Σ_{p<q} |a_kq − a_kp| with a_kp = δ(x_k, x_p)^{r_k}; computed per voter
     * from the sorted a_k· in O(n log n), so O(n² log n) in all instead of the literal O(n³).
     */
    private double allPairsNormaliser(double[][] pow) {
        double total = 0;
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < n; p++) {
                a[p] = pow[p][k];
            }
            Arrays.sort(a);
            double prefix = 0, sum = 0;
            for (int q = 0; q < n; q++) {
                sum += q * a[q] - prefix;
                prefix += a[q];
            }
            total += w[k] * 2 * sum;
        }
        return total;
    }

    /** Expected utility to i of challenging j, evaluated with risk exponent r (BDM 1994; Scholz et al. eq. for E^i). */
    double eu(double[] x, double[][] prob, int i, int j, double r, double mu) {
        double d = Math.abs(x[i] - x[j]) / range;
        double us = 2 - 4 * pow(0.5 - 0.5 * d, r);
        double uf = 2 - 4 * pow(0.5 + 0.5 * d, r);
        double usq = 2 - 4 * pow(0.5, r);
        double p = prob[i][j];
        double e = s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us - opt.q() * usq;
        if (opt.q() != 1.0) { // with Q = 1 the "no challenge" branch has weight 0 (and μ does not matter)
            double dm = Math.abs(x[i] - mu) / range;
            double ub = 2 - 4 * pow(0.5 - 0.25 * (dm + d), r);
            double uw = 2 - 4 * pow(0.5 + 0.25 * (dm + d), r);
            e -= (1 - opt.q()) * (opt.t() * ub + (1 - opt.t()) * uw);
        }
        return e;
    }

    /** Math.pow, skipped for the exponent 1 of the threat phase (pow(a, 1) is a exactly, so results are unchanged). */
    private static double pow(double a, double r) {
        return r == 1.0 ? a : Math.pow(a, r);
    }

    /** One round from positions x (§3.7): risk exponents, offers, simultaneous moves. */
    Round round(double[] x) {
        double mu = median(x);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[][] probUnit = probabilities(x, ones);
        double[][] euUnit = new double[n][n];
        double[] threat = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i != j) {
                    euUnit[j][i] = eu(x, probUnit, j, i, 1.0, mu);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    t += euUnit[j][i];
                }
            }
            threat[i] = t;
        }
        double[] r = riskExponents(threat);
        double[][] probRisk = opt.variant() == Variant.SCHOLZ2011 ? probabilities(x, r) : probUnit;
        double[] next = x.clone();
        List<RoundState.Move> moves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RoundState.Move m = bestOffer(x, probRisk, r, mu, i);
            if (m != null) {
                moves.add(m);
                next[i] = m.to();
            }
        }
        return new Round(mu, threat, r, probUnit, euUnit, probRisk, next, moves);
    }

    /** r_i = (1 − R_i/3)/(1 + R_i/3), R_i = (2S_i − max S − min S)/(max S − min S) (BDM 1985, 1994). */
    double[] riskExponents(double[] threat) {
        double hi = Double.NEGATIVE_INFINITY, lo = Double.POSITIVE_INFINITY;
        for (double t : threat) {
            hi = Math.max(hi, t);
            lo = Math.min(lo, t);
        }
        double[] r = new double[n];
        // equal threats (up to rounding): nobody is more exposed than another, R_i = 0
        boolean flat = !(hi - lo > opt.tieTolerance() * Math.max(1.0, Math.max(Math.abs(hi), Math.abs(lo))));
        for (int i = 0; i < n; i++) {
            double big = flat ? 0.0 : (2 * threat[i] - hi - lo) / (hi - lo);
            r[i] = (1 - big / 3) / (1 + big / 3);
        }
        return r;
    }

    /**
     * E^i(U_ij) from its parts, in exactly the arithmetic of {@link #eu} (so results agree bit for bit): us, uf and
     * usq depend only on the distance and the exponent r, which the two sides of a pair share when both are judged
     * with the same r.
     */
    private double euFrom(double p, double sj, double us, double uf, double usq, double d, double xi, double r,
                          double mu) {
        double e = sj * (p * us + (1 - p) * uf) + (1 - sj) * us - opt.q() * usq;
        if (opt.q() != 1.0) {
            double dm = Math.abs(xi - mu) / range;
            double ub = 2 - 4 * pow(0.5 - 0.25 * (dm + d), r);
            double uw = 2 - 4 * pow(0.5 + 0.25 * (dm + d), r);
            e -= (1 - opt.q()) * (opt.t() * ub + (1 - opt.t()) * uw);
        }
        return e;
    }

    /** Actor i's accepted offer this round, or null (§3.6: conflict loss, else compromise, else capitulation). */
    private RoundState.Move bestOffer(double[] x, double[][] prob, double[] r, double mu, int i) {
        double tol = opt.tieTolerance();
        boolean clean = opt.variant() == Variant.BDM_CLEAN;
        RoundState.Move conflict = null, compromise = null, capitulation = null;
        double conflictKey = 0, compromiseKey = 0, capitulationKey = 0;
        double ri = r[i];
        double usq = 2 - 4 * pow(0.5, ri);
        for (int j = 0; j < n; j++) {
            if (x[j] == x[i]) { // same position: nothing to contest
                continue;
            }
            // |x_i − x_j| = |x_j − x_i| exactly, so both sides see the same d
            double d = Math.abs(x[i] - x[j]) / range;
            double us = 2 - 4 * pow(0.5 - 0.5 * d, ri);
            double uf = 2 - 4 * pow(0.5 + 0.5 * d, ri);
            double eij = euFrom(prob[i][j], s[j], us, uf, usq, d, x[i], ri, mu);
            // scholz2011 judges j's side with i's own r (i's perception): the same us, uf, usq; bdm-clean with j's r
            double eji = clean ? eu(x, prob, j, i, r[j], mu) : euFrom(prob[j][i], s[i], us, uf, usq, d, x[j], ri, mu);
            if (eij > tol && eji > eij + tol) {
                double key = Math.abs(x[j] - x[i]);
                if (conflict == null || better(key, conflictKey, j, conflict)) {
                    conflict = move(i, j, RoundState.Move.Kind.CONFLICT, x[i], x[j], eij, eji);
                    conflictKey = key;
                }
            } else if (eij < -tol && eji > tol && eji > -eij + tol) {
                double to = x[i] + (x[j] - x[i]) * Math.abs(eij / eji);
                double key = clean ? Math.abs(to - x[i])
                        : (Math.abs(eij) * x[i] + Math.abs(eji) * x[j]) / (Math.abs(eij) + Math.abs(eji));
                if (compromise == null || better(key, compromiseKey, j, compromise)) {
                    compromise = move(i, j, RoundState.Move.Kind.COMPROMISE, x[i], to, eij, eji);
                    compromiseKey = key;
                }
            } else if (clean && eij < -tol && eji > tol && eji < -eij - tol) {
                double key = Math.abs(x[j] - x[i]);
                if (capitulation == null || better(key, capitulationKey, j, capitulation)) {
                    capitulation = move(i, j, RoundState.Move.Kind.CAPITULATION, x[i], x[j], eij, eji);
                    capitulationKey = key;
                }
            }
        }
        return conflict != null ? conflict : compromise != null ? compromise : capitulation;
    }

    /** Smaller key wins; keys equal up to rounding are broken by actor id so that actor order does not matter. */
    private boolean better(double key, double bestKey, int j, RoundState.Move best) {
        double scale = range * 1e-12;
        if (key < bestKey - scale) {
            return true;
        }
        return key <= bestKey + scale && ids[j].compareTo(best.counterpartId()) < 0;
    }

    private RoundState.Move move(int i, int j, RoundState.Move.Kind kind, double from, double to, double eij,
                                 double eji) {
        return new RoundState.Move(ids[i], ids[j], kind, from, to, eij, eji);
    }
}
