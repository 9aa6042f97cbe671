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
 * positions → positions. Stateless apart from those constants and scratch space; every round's quantities are
 * recomputed from the positions. Package-private so tests can check each intermediate number.
 *
 * <p>Cost per round O(n²) time and O(n²) memory (three n × n scratch arrays, allocated once per engine): the
 * probability that i prevails over j, an O(n) vote when summed literally (O(n³) per round), is read in O(1) from
 * per-candidate prefix sums over the actors in position order; see {@link #fillProbabilities}.
 */
final class EuEngine {
    final String[] ids;
    final double[] c;
    final double[] s;      // salience as a probability in [0, 1]
    final double[] w;      // c·s
    /** w scaled by a power of two so that the largest is in [1, 2): the votes' products cannot overflow in
     * TwoProduct (Veltkamp's split multiplies by 2^27 + 1), and the scaling is exact, so every probability has the
     * same bits as with w (unless a weight is below 2^-1022 of the largest, where it no longer counts anyway). */
    private final double[] vw;
    final double range;    // R: distances are |a − b| / R
    final Options opt;
    final int n;
    /* Scratch space (not shared across threads: an engine serves one forecast). */
    private final int[] order;        // weighted median
    private final int[] bySlot;       // actors in position order (stable: ties by index)
    private final int[] slotOf;       // inverse of bySlot
    private final int[] mergeBuf;
    private final double[] ones;      // the threat phase's exponents
    private final double[] column;    // scholz normaliser: one voter's values, sorted
    private final double[] usqOf;     // U^sq of each actor at its risk exponent, this round
    /** pow[p][t] = δ(x_k, x_p)^{ρ_k} for the voter k in slot t; then overwritten by the prefix sums' high parts. */
    private final double[][] pow;
    private final double[][] low;     // prefix sums' compensation terms
    private final double[][] prob;    // P[i][j] of the current phase

    EuEngine(String[] ids, double[] c, double[] s, double range, Options opt) {
        this.ids = ids;
        this.c = c;
        this.s = s;
        this.n = c.length;
        this.w = new double[n];
        double maxW = 0;
        for (int i = 0; i < n; i++) {
            w[i] = c[i] * s[i];
            maxW = Math.max(maxW, w[i]);
        }
        this.vw = new double[n];
        double scale = maxW > 0 && maxW < Double.POSITIVE_INFINITY ? Math.scalb(1.0, -Math.getExponent(maxW)) : 1.0;
        for (int i = 0; i < n; i++) {
            vw[i] = w[i] * scale;
        }
        this.range = range;
        this.opt = opt;
        this.order = new int[n];
        this.bySlot = new int[n];
        this.slotOf = new int[n];
        this.mergeBuf = new int[n];
        this.ones = new double[n];
        Arrays.fill(ones, 1.0);
        this.column = new double[n];
        this.usqOf = new double[n];
        this.pow = new double[n][n];
        this.low = new double[n][n];
        this.prob = new double[n][n];
    }

    /**
     * Everything computed in one round, for tests and diagnostics. From {@link #advance} the three n × n matrices
     * are null (the forecast keeps only positions, exponents and moves of each round).
     */
    record Round(double median, double[] threats, double[] risk, double[][] probUnit, double[][] euUnit,
                 double[][] probRisk, double[] next, List<RoundState.Move> moves) {
    }

    /** Weighted median (midpoint on ties) of positions with weights c·s. */
    double median(double[] x) {
        return Weighted.medianMidpoint(x, w, order);
    }

    /** P[i][j] that i prevails over j for positions x and voters' exponents rho (> 0), in a new matrix. */
    double[][] probabilities(double[] x, double[] rho) {
        sortByPosition(x);
        fillProbabilities(x, rho);
        return copy(prob);
    }

    /**
     * Fills {@link #prob} with P[i][j], the c·s-weighted vote for i against j, for positions x (already sorted into
     * {@link #bySlot}) and exponents rho. In O(n²), with the same terms as the literal O(n³) sum
     * <pre>
     *   forI = Σ_k max(v_k, 0),  forJ = Σ_k max(−v_k, 0),  v_k = w_k (δ(x_k, x_j)^{ρ_k} − δ(x_k, x_i)^{ρ_k}).
     * </pre>
     * Why the vote splits at the midpoint: every ρ_k &gt; 0 (1 in the threat phase; r = (1 − R/3)/(1 + R/3) with
     * R ∈ [−1, 1] lies in [0.5, 2]), and t ↦ t^ρ is increasing on t ≥ 0, so v_k &gt; 0 exactly when x_k is strictly
     * closer to x_i than to x_j. For x_i &lt; x_j that is 2x_k &lt; x_i + x_j: the voters for i are a prefix of the
     * position order, cut at the midpoint; voters at the midpoint vote 0. In floating point the same holds: the
     * rounded distances are monotone in the exact ones and Math.pow is semi-monotone, so every v_k in the prefix is
     * ≥ 0 and every v_k after it ≤ 0 (a zero may fall on either side; it adds nothing). Hence
     * forI = Σ_{k&lt;cut} w_k pow[j][k] − Σ_{k&lt;cut} w_k pow[i][k] and forI − forJ = Σ_k v_k, each a difference
     * of prefix sums of one row. The cut is found by an exact comparison ({@link #closerToFirst}) and moves only
     * forward as x_j increases, so all cuts of one i cost O(n).
     *
     * <p>Accuracy: a difference of two plain prefix sums loses what the two sums have in common (voters far from
     * both i and j, the common case when i and j are close), an error of ε·Σ_k w_k (pow[i][k] + pow[j][k]) that can
     * exceed forI itself. So the prefix sums carry the exact rounding errors of every product and sum in a second
     * part (TwoProduct, TwoSum; value = high + low), and forI and forJ are formed from them with one final rounding:
     * each is then within a few ulps of itself (plus n²ε² of the vote mass), as accurate as the literal sum of the
     * same pow values or more. EuProbabilitiesTest checks this against the literal sum.
     */
    private void fillProbabilities(double[] x, double[] rho) {
        for (int p = 0; p < n; p++) {
            double[] row = pow[p];
            double xp = x[p];
            for (int t = 0; t < n; t++) {
                int k = bySlot[t];
                row[t] = pow(Math.abs(x[k] - xp) / range, rho[k]);
            }
        }
        boolean scholz = opt.variant() == Variant.SCHOLZ2011;
        double scholzDen = scholz ? allPairsNormaliser() : Double.NaN;
        for (int p = 0; p < n; p++) { // prefix sums in place: pow[p][t] := Σ_{u ≤ t} w pow (high part)
            double[] row = pow[p], lo = low[p];
            double hi = 0, comp = 0;
            for (int t = 0; t < n; t++) {
                double wk = vw[bySlot[t]], pk = row[t];
                double v = wk * pk;
                double sum = hi + v;
                double bv = sum - hi;
                // the exact rounding errors of the product (Dekker's TwoProduct) and of the sum (Knuth's TwoSum)
                comp += productError(wk, pk, v) + ((hi - (sum - bv)) + (v - bv));
                hi = sum;
                row[t] = hi;
                lo[t] = comp;
            }
        }
        int last = n - 1;
        for (int a = 0; a < n; a++) {
            int i = bySlot[a];
            double xi = x[i];
            double[] hiI = pow[i], loI = low[i];
            int cut = a + 1; // voters in slots < cut are strictly closer to x_i
            for (int b = a + 1; b < n; b++) {
                int j = bySlot[b];
                double xj = x[j];
                if (xj == xi) { // same position: no contest (P = 0 by definition)
                    prob[i][j] = 0;
                    prob[j][i] = 0;
                    continue;
                }
                while (cut < b && closerToFirst(x[bySlot[cut]], xi, xj)) {
                    cut++;
                }
                double[] hiJ = pow[j], loJ = low[j];
                // D(m) = Σ_{t ≤ m} v_{k_t} as dHi + dLo (the high parts' difference with its exact error):
                // forI = D(cut − 1), forJ = D(cut − 1) − D(n − 1), each rounded once at the end
                int m = cut - 1;
                double cHi = hiJ[m] - hiI[m];
                double cLo = twoSumError(hiJ[m], -hiI[m], cHi) + (loJ[m] - loI[m]);
                double nHi = hiJ[last] - hiI[last];
                double nLo = twoSumError(hiJ[last], -hiI[last], nHi) + (loJ[last] - loI[last]);
                // a sum of non-negative terms: only rounding can make it negative
                double forI = Math.max(cHi + cLo, 0.0);
                double forJ = Math.max((cHi - nHi) + (cLo - nLo), 0.0);
                if (scholz) {
                    prob[i][j] = forI / scholzDen;
                    prob[j][i] = forJ / scholzDen;
                } else {
                    double den = forI + forJ;
                    prob[i][j] = den > 0 ? forI / den : 0.5;
                    prob[j][i] = den > 0 ? forJ / den : 0.5;
                }
            }
        }
    }

    /**
     * Whether x_k is strictly closer to x_i than to x_j (x_i &lt; x_j), decided exactly: x_k − x_i &lt; x_j − x_k.
     * Rounding is monotone, so unequal rounded differences order as the exact ones do; equal ones are ordered by
     * their exact rounding errors (TwoSum).
     */
    static boolean closerToFirst(double xk, double xi, double xj) {
        double a = xk - xi, b = xj - xk;
        if (a != b) {
            return a < b;
        }
        return twoSumError(xk, -xi, a) < twoSumError(xj, -xk, b);
    }

    /** The exact error of s = fl(p + q): p + q = s + error (Knuth's TwoSum; no overflow). */
    private static double twoSumError(double p, double q, double s) {
        double bq = s - p;
        return (p - (s - bq)) + (q - bq);
    }

    private static final double SPLIT = 134217729.0; // 2^27 + 1

    /** The exact error of v = fl(a·b): a·b = v + error (Dekker's TwoProduct with Veltkamp's split; no overflow). */
    private static double productError(double a, double b, double v) {
        double ta = SPLIT * a, ah = ta - (ta - a), al = a - ah;
        double tb = SPLIT * b, bh = tb - (tb - b), bl = b - bh;
        return ((ah * bh - v) + ah * bl + al * bh) + al * bl;
    }

    /** Sorts the actors by position into {@link #bySlot} (stable merge sort: ties keep index order). */
    private void sortByPosition(double[] x) {
        int[] src = bySlot, dst = mergeBuf;
        for (int i = 0; i < n; i++) {
            src[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int p = lo, q = mid, o = lo;
                while (p < mid && q < hi) {
                    dst[o++] = x[src[q]] < x[src[p]] ? src[q++] : src[p++];
                }
                while (p < mid) {
                    dst[o++] = src[p++];
                }
                while (q < hi) {
                    dst[o++] = src[q++];
                }
            }
            int[] tmp = src;
            src = dst;
            dst = tmp;
        }
        if (src != bySlot) {
            System.arraycopy(src, 0, bySlot, 0, n);
        }
        for (int t = 0; t < n; t++) {
            slotOf[bySlot[t]] = t;
        }
    }

    /**
     * Σ_k Σ_p Σ_q |v_k(x_p, x_q)| = Σ_k w_k · 2 Σ_{p<q} |a_kq − a_kp| with a_kp = δ(x_k, x_p)^{r_k}, per voter from
     * its a_k· in increasing order. That order is the candidates' order of distance from x_k, so it is a merge of
     * the two runs going outwards from k's slot: O(n) per voter, O(n²) in all (before: a sort, O(n² log n)). The
     * sorted values, hence the sum, are the same as a sort's; should pow not be monotone, the run is sorted.
     */
    private double allPairsNormaliser() {
        double total = 0;
        double[] a = column;
        for (int k = 0; k < n; k++) {
            int t = slotOf[k];
            int left = t, right = t + 1, o = 0; // left run: slots t, t−1, …, 0; right run: t+1, …, n−1
            while (left >= 0 && right < n) {
                double l = pow[bySlot[left]][t], r = pow[bySlot[right]][t];
                if (r < l) {
                    a[o++] = r;
                    right++;
                } else {
                    a[o++] = l;
                    left--;
                }
            }
            while (left >= 0) {
                a[o++] = pow[bySlot[left--]][t];
            }
            while (right < n) {
                a[o++] = pow[bySlot[right++]][t];
            }
            for (int q = 1; q < n; q++) {
                if (a[q] < a[q - 1]) {
                    Arrays.sort(a);
                    break;
                }
            }
            double prefix = 0, sum = 0;
            for (int q = 0; q < n; q++) {
                sum += q * a[q] - prefix;
                prefix += a[q];
            }
            total += vw[k] * 2 * sum;
        }
        return total;
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
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

    /** One round from positions x (§3.7) with every intermediate matrix, for tests and diagnostics. */
    Round round(double[] x) {
        return round(x, true);
    }

    /** One round from positions x (§3.7) as the forecast runs it: no n × n result is allocated. */
    Round advance(double[] x) {
        return round(x, false);
    }

    /** Risk exponents, offers, simultaneous moves; the matrices are copied out only when {@code keep}. */
    private Round round(double[] x, boolean keep) {
        double mu = median(x);
        sortByPosition(x);
        fillProbabilities(x, ones);
        double[][] probUnit = keep ? copy(prob) : null;
        double[][] euUnit = keep ? new double[n][n] : null;
        double[] threat = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < n; j++) { // S_i = Σ_{j≠i} E^j(U_ji), summed in j order
                if (j != i) {
                    double e = eu(x, prob, j, i, 1.0, mu);
                    if (keep) {
                        euUnit[j][i] = e;
                    }
                    t += e;
                }
            }
            threat[i] = t;
        }
        double[] r = riskExponents(threat);
        double[][] probRisk = probUnit;
        if (opt.variant() == Variant.SCHOLZ2011) {
            fillProbabilities(x, r); // the positions, hence the order, are those of the threat phase
            probRisk = keep ? copy(prob) : null;
        }
        for (int i = 0; i < n; i++) {
            usqOf[i] = 2 - 4 * pow(0.5, r[i]);
        }
        double[] next = x.clone();
        List<RoundState.Move> moves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RoundState.Move m = bestOffer(x, prob, r, mu, i);
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
        double usq = usqOf[i];
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
            double eji;
            if (clean) { // as eu(x, prob, j, i, r[j], mu), with j's u_sq computed once per round
                double rj = r[j];
                eji = euFrom(prob[j][i], s[i], 2 - 4 * pow(0.5 - 0.5 * d, rj), 2 - 4 * pow(0.5 + 0.5 * d, rj),
                        usqOf[j], d, x[j], rj, mu);
            } else {
                eji = euFrom(prob[j][i], s[i], us, uf, usq, d, x[j], ri, mu);
            }
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
