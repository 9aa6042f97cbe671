package org.parley.games.solve.signaling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.SolverInterruptedException;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.signaling.ExactPolytope.Constraint;
import org.parley.games.solve.signaling.ExactPolytope.Region;
import org.parley.games.solve.tree.BackwardInductionSolver.SubgameSolution;
import org.parley.games.verify.SequentialRationality;
import org.parley.games.verify.Tolerance;

/**
 * Every perfect Bayesian equilibrium of a small sender–receiver game ({@link SignalingForm}), exactly, by support
 * enumeration; registered as method {@code pbe}.
 *
 * <p>Method. Play after the receiver's response is fixed by backward induction, which leaves a signalling game with
 * sender strategies σ_t(m) and receiver strategies r_m(a). For every support pattern — a non-empty set S_t of
 * messages per type and a non-empty set A_m of responses per message — the equilibrium conditions split into two
 * linear systems: in r, each type is indifferent among the messages in S_t and gains nothing by sending another; in σ,
 * at every message sent with positive probability the receiver is indifferent among A_m and prefers it to the other
 * responses under Bayes' rule (multiplied out: Σ_t π_t σ_t(m) [u_R(t,m,a) − u_R(t,m,b)]), while at an unsent message
 * some belief must make every response in A_m optimal. Both systems, with strict positivity on the supports, are
 * solved exactly ({@link ExactPolytope}); when a solution set has more than one point it is reported once, at the
 * average of its vertices, and flagged as a continuum. Supports are enumerated type by type, then message by message,
 * each in binary order with the first action as the most significant bit (for two actions: the second alone, the
 * first alone, both).
 *
 * <p>Refinements, for every unsent message m: the intuitive criterion (Cho &amp; Kreps 1987, QJE 102(2)) — no type
 * that is not equilibrium-dominated at m gains whatever the receiver best-responds to beliefs on such types; and D1
 * (Banks &amp; Sobel 1987, Econometrica 55(3); Cho &amp; Kreps 1987) — a type t is deleted when every mixed best
 * response that makes it weakly gain makes some other type strictly gain, and the equilibrium response must then be
 * a best response to a belief on the types not deleted.
 *
 * <p>Verification of each candidate, independent of the enumeration: the engine's exact regret
 * ({@link EquilibriumResult#of}) and {@link SequentialRationality} on the whole tree with the reported beliefs (Bayes'
 * rule where the receiver's set is reached, sequential rationality everywhere). Candidates that fail are reported as
 * rejected, never as equilibria.
 *
 * <p>Complexity: (2^M − 1)^T · Π_m (2^{R_m} − 1) support patterns for T types, M messages and R_m responses, each
 * a few small exact linear systems; refused up front above {@link Options#maxSupportPatterns()}. Two types, two
 * messages and two responses make 81 patterns. Stateless and thread-safe.
 */
public final class PerfectBayesianEquilibriumSolver implements ExtensiveEquilibriumSolver {
    /** Registry name. */
    public static final String METHOD = "pbe";
    /** Implementation version recorded in the provenance. */
    public static final String VERSION = "1";
    /** One line for the method list. */
    public static final String DESCRIPTION = "all perfect Bayesian equilibria of a sender-receiver game (chance picks "
            + "the type; exact support enumeration with beliefs)";

    /**
     * Options.
     *
     * @param maxSupportPatterns largest number of support patterns enumerated (positive); larger games are refused
     */
    public record Options(long maxSupportPatterns) implements SolverOptions {
        public Options {
            if (maxSupportPatterns < 1) {
                throw new IllegalArgumentException("maxSupportPatterns must be positive, was " + maxSupportPatterns);
            }
        }

        /** At most one million support patterns. */
        public static Options defaults() {
            return new Options(1_000_000L);
        }
    }

    private final Options options;

    public PerfectBayesianEquilibriumSolver() {
        this(Options.defaults());
    }

    public PerfectBayesianEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** @throws UnsupportedGameException if the game is not a sender–receiver game or has too many support patterns */
    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solveAssessments(game).result();
    }

    /**
     * All perfect Bayesian equilibria with beliefs, refinements and checks.
     *
     * @throws UnsupportedGameException if the game is not a sender–receiver game ({@link SignalingForm#of}) or has more
     *     support patterns than {@link Options#maxSupportPatterns()}
     * @throws SolverInterruptedException if interrupted
     */
    public SignalingSolution solveAssessments(ExtensiveGame game) {
        long start = System.nanoTime();
        SignalingForm f = SignalingForm.of(game);
        Problem p = new Problem(f);
        long patterns = p.patterns();
        if (patterns > options.maxSupportPatterns()) {
            throw new UnsupportedGameException(METHOD + ": " + patterns + " support patterns exceed the budget of "
                    + options.maxSupportPatterns());
        }
        List<PerfectBayesianEquilibrium> ok = new ArrayList<>();
        List<PerfectBayesianEquilibrium> bad = new ArrayList<>();
        int[][] senderChoice = new int[f.numTypes()][];
        int[][] responseChoice = new int[f.numMessages()][];
        long[] examined = {0};
        enumerate(p, 0, senderChoice, responseChoice, ok, bad, examined);
        List<MixedBehaviorProfile> profiles = ok.stream().map(PerfectBayesianEquilibrium::profile).toList();
        EquilibriumResult r = EquilibriumResult.of(game, METHOD, VERSION, Arithmetic.EXACT, Representation.TREE, options,
                profiles, Tolerance.EXACT, Diagnostics.of(start, Map.of("supportPatterns", examined[0],
                        "equilibria", (long) ok.size(), "rejected", (long) bad.size())));
        return new SignalingSolution(f, r, ok, bad, examined[0]);
    }

    /** Depth-first over the types' supports, then the messages' supports. */
    private static void enumerate(Problem p, int level, int[][] senderChoice, int[][] responseChoice,
                                  List<PerfectBayesianEquilibrium> ok, List<PerfectBayesianEquilibrium> bad, long[] examined) {
        int tn = p.f.numTypes();
        int mn = p.f.numMessages();
        if (level < tn) {
            for (int[] s : p.senderSupports) {
                senderChoice[level] = s;
                enumerate(p, level + 1, senderChoice, responseChoice, ok, bad, examined);
            }
            return;
        }
        if (level < tn + mn) {
            int m = level - tn;
            for (int[] a : p.responseSupports.get(m)) {
                responseChoice[m] = a;
                enumerate(p, level + 1, senderChoice, responseChoice, ok, bad, examined);
            }
            return;
        }
        SolverInterruptedException.checkInterrupt(METHOD);
        examined[0]++;
        PerfectBayesianEquilibrium e = p.candidate(senderChoice, responseChoice);
        if (e != null) {
            (e.isVerified() ? ok : bad).add(e);
        }
    }

    /** Non-empty subsets of {0..n−1}, in binary order with action 0 as the most significant bit. */
    static List<int[]> supports(int n) {
        List<int[]> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            int[] s = new int[Integer.bitCount(mask)];
            int k = 0;
            for (int a = 0; a < n; a++) {
                if ((mask & (1 << (n - 1 - a))) != 0) {
                    s[k++] = a;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean contains(int[] s, int x) {
        for (int v : s) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /** The reduced signalling game and its cached belief regions. */
    private static final class Problem {
        final SignalingForm f;
        final List<int[]> senderSupports;
        final List<List<int[]>> responseSupports = new ArrayList<>();
        /** Belief regions over types where every response of a support is optimal: [m] support -> region (or null). */
        final List<Map<List<Integer>, Region>> beliefRegions = new ArrayList<>();

        Problem(SignalingForm f) {
            this.f = f;
            if (f.numMessages() > 20) {
                throw new UnsupportedGameException(METHOD + ": " + f.numMessages() + " messages are too many to enumerate");
            }
            senderSupports = supports(f.numMessages());
            for (int m = 0; m < f.numMessages(); m++) {
                if (f.numResponses(m) > 20) {
                    throw new UnsupportedGameException(METHOD + ": " + f.numResponses(m) + " responses are too many");
                }
                responseSupports.add(supports(f.numResponses(m)));
                beliefRegions.add(new HashMap<>());
            }
        }

        long patterns() {
            double n = Math.pow(senderSupports.size(), f.numTypes());
            for (List<int[]> r : responseSupports) {
                n *= r.size();
            }
            return n > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : (long) n;
        }

        /**
         * Beliefs μ over types, restricted to {@code allowed} types, under which every response in {@code support} is
         * optimal at message m; null if there are none.
         */
        Region beliefRegion(int m, int[] support, boolean[] allowed) {
            int tn = f.numTypes();
            List<Constraint> cons = new ArrayList<>();
            Rational[] one = new Rational[tn];
            java.util.Arrays.fill(one, Rational.ONE);
            cons.add(ExactPolytope.eq(Rational.ONE.negate(), one));
            for (int t = 0; t < tn; t++) {
                Rational[] e = ExactPolytope.zeros(tn);
                e[t] = Rational.ONE;
                cons.add(allowed[t] ? ExactPolytope.ge(Rational.ZERO, e) : ExactPolytope.eq(Rational.ZERO, e));
            }
            int first = support[0];
            for (int b = 0; b < f.numResponses(m); b++) {
                if (b == first) {
                    continue;
                }
                Rational[] c = new Rational[tn];
                for (int t = 0; t < tn; t++) {
                    c[t] = contains(support, b) ? f.receiverPayoff(t, m, b).subtract(f.receiverPayoff(t, m, first))
                            : f.receiverPayoff(t, m, first).subtract(f.receiverPayoff(t, m, b));
                }
                cons.add(contains(support, b) ? ExactPolytope.eq(Rational.ZERO, c) : ExactPolytope.ge(Rational.ZERO, c));
            }
            return ExactPolytope.solve(tn, cons);
        }

        Region beliefRegion(int m, int[] support) {
            List<Integer> key = new ArrayList<>();
            for (int a : support) {
                key.add(a);
            }
            Map<List<Integer>, Region> cache = beliefRegions.get(m);
            if (!cache.containsKey(key)) {
                boolean[] all = new boolean[f.numTypes()];
                java.util.Arrays.fill(all, true);
                cache.put(key, beliefRegion(m, support, all));
            }
            return cache.get(key);
        }

        /** The equilibrium of one support pattern, or null when the pattern has none. */
        PerfectBayesianEquilibrium candidate(int[][] sc, int[][] rc) {
            int tn = f.numTypes();
            int mn = f.numMessages();
            boolean[] onPath = new boolean[mn];
            for (int[] s : sc) {
                for (int m : s) {
                    onPath[m] = true;
                }
            }
            Region[] offPath = new Region[mn];
            for (int m = 0; m < mn; m++) {
                if (!onPath[m]) {
                    offPath[m] = beliefRegion(m, rc[m]);
                    if (offPath[m] == null) {
                        return null;
                    }
                }
            }
            // r-part: variables r_m(a), a in A_m, laid out message by message
            int[] rOff = new int[mn + 1];
            for (int m = 0; m < mn; m++) {
                rOff[m + 1] = rOff[m] + rc[m].length;
            }
            int rd = rOff[mn];
            List<Constraint> rCons = new ArrayList<>();
            for (int m = 0; m < mn; m++) {
                simplex(rCons, rd, rOff[m], rc[m].length);
            }
            for (int t = 0; t < tn; t++) {
                int first = sc[t][0];
                for (int m = 0; m < mn; m++) {
                    if (m == first) {
                        continue;
                    }
                    // V_t(m) − V_t(first) = 0 when m is also sent, V_t(first) − V_t(m) ≥ 0 otherwise
                    boolean sent = contains(sc[t], m);
                    Rational[] c = ExactPolytope.zeros(rd);
                    addValue(c, t, m, rc[m], rOff[m], sent ? Rational.ONE : Rational.ONE.negate());
                    addValue(c, t, first, rc[first], rOff[first], sent ? Rational.ONE.negate() : Rational.ONE);
                    rCons.add(sent ? ExactPolytope.eq(Rational.ZERO, c) : ExactPolytope.ge(Rational.ZERO, c));
                }
            }
            Region rr = ExactPolytope.solve(rd, rCons);
            if (rr == null) {
                return null;
            }
            // sigma-part: variables sigma_t(m), m in S_t, laid out type by type
            int[] sOff = new int[tn + 1];
            for (int t = 0; t < tn; t++) {
                sOff[t + 1] = sOff[t] + sc[t].length;
            }
            int sd = sOff[tn];
            List<Constraint> sCons = new ArrayList<>();
            for (int t = 0; t < tn; t++) {
                simplex(sCons, sd, sOff[t], sc[t].length);
            }
            for (int m = 0; m < mn; m++) {
                if (!onPath[m]) {
                    continue;
                }
                int first = rc[m][0];
                for (int b = 0; b < f.numResponses(m); b++) {
                    if (b == first) {
                        continue;
                    }
                    boolean inSupport = contains(rc[m], b);
                    Rational[] c = ExactPolytope.zeros(sd);
                    for (int t = 0; t < tn; t++) {
                        for (int k = 0; k < sc[t].length; k++) {
                            if (sc[t][k] == m) {
                                Rational d = inSupport ? f.receiverPayoff(t, m, b).subtract(f.receiverPayoff(t, m, first))
                                        : f.receiverPayoff(t, m, first).subtract(f.receiverPayoff(t, m, b));
                                c[sOff[t] + k] = f.prior(t).multiply(d);
                            }
                        }
                    }
                    sCons.add(inSupport ? ExactPolytope.eq(Rational.ZERO, c) : ExactPolytope.ge(Rational.ZERO, c));
                }
            }
            Region sr = ExactPolytope.solve(sd, sCons);
            if (sr == null) {
                return null;
            }
            Rational[][] sigma = new Rational[tn][mn];
            for (int t = 0; t < tn; t++) {
                java.util.Arrays.fill(sigma[t], Rational.ZERO);
                for (int k = 0; k < sc[t].length; k++) {
                    sigma[t][sc[t][k]] = sr.point()[sOff[t] + k];
                }
            }
            Rational[][] r = new Rational[mn][];
            for (int m = 0; m < mn; m++) {
                r[m] = ExactPolytope.zeros(f.numResponses(m));
                for (int k = 0; k < rc[m].length; k++) {
                    r[m][rc[m][k]] = rr.point()[rOff[m] + k];
                }
            }
            Rational[] payoff = new Rational[tn];
            for (int t = 0; t < tn; t++) {
                Rational v = Rational.ZERO;
                for (int m = 0; m < mn; m++) {
                    v = v.add(sigma[t][m].multiply(value(t, m, r[m])));
                }
                payoff[t] = v;
            }
            List<BeliefSet> beliefs = new ArrayList<>();
            for (int m = 0; m < mn; m++) {
                Infoset h = f.receiverInfoset(m);
                if (onPath[m]) {
                    Rational total = Rational.ZERO;
                    for (int t = 0; t < tn; t++) {
                        total = total.add(f.prior(t).multiply(sigma[t][m]));
                    }
                    List<Rational> mu = new ArrayList<>();
                    for (int t = 0; t < tn; t++) {
                        mu.add(f.prior(t).multiply(sigma[t][m]).divide(total));
                    }
                    beliefs.add(new BeliefSet(h, true, List.of(mu), mu));
                } else {
                    List<List<Rational>> vs = new ArrayList<>();
                    List<Rational> used = null;
                    for (Rational[] v : offPath[m].vertices()) {
                        List<Rational> l = List.of(v);
                        vs.add(l);
                        if (used == null || lexicographicallySmaller(l, used)) {
                            used = l;
                        }
                    }
                    beliefs.add(new BeliefSet(h, false, vs, used));
                }
            }
            MixedBehaviorProfile profile = profile(sigma, r);
            Equilibrium nash = Equilibrium.check(profile, Tolerance.EXACT);
            List<SequentialRationality.Violation> viol = SequentialRationality.violations(profile, memberBeliefs(beliefs));
            boolean ic = true;
            boolean d1 = true;
            for (int m = 0; m < mn; m++) {
                if (!onPath[m]) {
                    ic &= intuitive(m, payoff);
                    d1 &= d1(m, payoff, rc[m]);
                }
            }
            Rational receiver = Rational.ZERO;
            for (int t = 0; t < tn; t++) {
                for (int m = 0; m < mn; m++) {
                    for (int a = 0; a < f.numResponses(m); a++) {
                        receiver = receiver.add(f.prior(t).multiply(sigma[t][m]).multiply(r[m][a])
                                .multiply(f.receiverPayoff(t, m, a)));
                    }
                }
            }
            return new PerfectBayesianEquilibrium(profile, beliefs, SenderPattern.of(sc), rr.continuum() || sr.continuum(),
                    List.of(payoff), receiver, ic, d1, nash, viol);
        }

        /** Type t's expected payoff of message m when the receiver answers with r. */
        Rational value(int t, int m, Rational[] r) {
            Rational v = Rational.ZERO;
            for (int a = 0; a < r.length; a++) {
                if (!r[a].isZero()) {
                    v = v.add(r[a].multiply(f.senderPayoff(t, m, a)));
                }
            }
            return v;
        }

        /** Adds sign · V_t(m) = sign · Σ_{a∈A} r_m(a) u_S(t, m, a) to the coefficient row. */
        void addValue(Rational[] c, int t, int m, int[] support, int offset, Rational sign) {
            for (int k = 0; k < support.length; k++) {
                c[offset + k] = c[offset + k].add(sign.multiply(f.senderPayoff(t, m, support[k])));
            }
        }

        /** The variables at offset .. offset+n−1 are a distribution with full support: sum 1, each > 0. */
        static void simplex(List<Constraint> cons, int d, int offset, int n) {
            Rational[] sum = ExactPolytope.zeros(d);
            for (int k = 0; k < n; k++) {
                sum[offset + k] = Rational.ONE;
            }
            cons.add(ExactPolytope.eq(Rational.ONE.negate(), sum));
            for (int k = 0; k < n; k++) {
                Rational[] e = ExactPolytope.zeros(d);
                e[offset + k] = Rational.ONE;
                cons.add(ExactPolytope.gt(Rational.ZERO, e));
            }
        }

        static boolean lexicographicallySmaller(List<Rational> a, List<Rational> b) {
            for (int k = 0; k < a.size(); k++) {
                int c = a.get(k).compareTo(b.get(k));
                if (c != 0) {
                    return c < 0;
                }
            }
            return false;
        }

        /** The behaviour profile: σ, r, and the continuation choices of backward induction. */
        MixedBehaviorProfile profile(Rational[][] sigma, Rational[][] r) {
            ExtensiveGame g = f.game();
            Rational[][][] p = new Rational[g.numPlayers()][][];
            for (int i = 0; i < p.length; i++) {
                List<Infoset> hs = g.infosets(i);
                p[i] = new Rational[hs.size()][];
                for (Infoset h : hs) {
                    p[i][h.index()] = ExactPolytope.zeros(h.numActions());
                }
            }
            for (int t = 0; t < f.numTypes(); t++) {
                p[f.sender()][f.senderInfoset(t).index()] = sigma[t].clone();
            }
            for (int m = 0; m < f.numMessages(); m++) {
                p[f.receiver()][f.receiverInfoset(m).index()] = r[m].clone();
            }
            for (int t = 0; t < f.numTypes(); t++) {
                for (int m = 0; m < f.numMessages(); m++) {
                    for (int a = 0; a < f.numResponses(m); a++) {
                        SubgameSolution s = f.continuation(t, m, a);
                        for (var choice : s.choices()) {
                            Infoset h = choice.infoset();
                            p[h.player().index()][h.index()][choice.index()] = Rational.ONE;
                        }
                    }
                }
            }
            return MixedBehaviorProfile.ofExact(g, p);
        }

        /** Beliefs by type turned into beliefs over each receiver set's members, for {@link SequentialRationality}. */
        Map<Infoset, List<Rational>> memberBeliefs(List<BeliefSet> beliefs) {
            Map<Infoset, List<Rational>> out = new HashMap<>();
            for (int m = 0; m < f.numMessages(); m++) {
                Infoset h = f.receiverInfoset(m);
                List<Rational> b = new ArrayList<>();
                for (Node x : h.members()) {
                    int t = 0;
                    while (f.receiverNode(t, m) != x) {
                        t++;
                    }
                    b.add(beliefs.get(m).belief().get(t));
                }
                out.put(h, b);
            }
            return out;
        }

        /** Responses to m that are a best response to some belief on the allowed types. */
        List<Integer> pureBestResponses(int m, boolean[] allowed) {
            List<Integer> out = new ArrayList<>();
            for (int a = 0; a < f.numResponses(m); a++) {
                if (beliefRegion(m, new int[] {a}, allowed) != null) {
                    out.add(a);
                }
            }
            return out;
        }

        /** Cho–Kreps intuitive criterion for the unsent message m. */
        boolean intuitive(int m, Rational[] payoff) {
            int tn = f.numTypes();
            boolean[] all = new boolean[tn];
            java.util.Arrays.fill(all, true);
            List<Integer> br = pureBestResponses(m, all);
            boolean[] keep = new boolean[tn];
            boolean anyKept = false;
            for (int t = 0; t < tn; t++) {
                Rational best = null;
                for (int a : br) {
                    best = best == null ? f.senderPayoff(t, m, a) : best.max(f.senderPayoff(t, m, a));
                }
                keep[t] = best.compareTo(payoff[t]) >= 0; // not equilibrium-dominated
                anyKept |= keep[t];
            }
            if (!anyKept) {
                return true;
            }
            List<Integer> restricted = pureBestResponses(m, keep);
            for (int t = 0; t < tn; t++) {
                if (keep[t]) {
                    Rational worst = null;
                    for (int a : restricted) {
                        worst = worst == null ? f.senderPayoff(t, m, a) : worst.min(f.senderPayoff(t, m, a));
                    }
                    if (worst.compareTo(payoff[t]) > 0) {
                        return false; // this type gains whatever the receiver rationally believes
                    }
                }
            }
            return true;
        }

        /** D1 for the unsent message m with equilibrium response support {@code support}. */
        boolean d1(int m, Rational[] payoff, int[] support) {
            int tn = f.numTypes();
            List<int[]> faces = new ArrayList<>();
            for (int[] s : supports(f.numResponses(m))) {
                if (beliefRegion(m, s) != null) {
                    faces.add(s);
                }
            }
            boolean[] pruned = new boolean[tn];
            int count = 0;
            for (int t = 0; t < tn; t++) {
                for (int u = 0; u < tn && !pruned[t]; u++) {
                    if (u != t && weakGainImpliesStrictGain(m, faces, t, payoff[t], u, payoff[u])) {
                        pruned[t] = true;
                    }
                }
                count += pruned[t] ? 1 : 0;
            }
            if (count == 0 || count == tn) {
                return true; // no type (or every type) deleted: beliefs unrestricted
            }
            boolean[] remaining = new boolean[tn];
            for (int t = 0; t < tn; t++) {
                remaining[t] = !pruned[t];
            }
            return beliefRegion(m, support, remaining) != null;
        }

        /**
         * Whether every mixed best response r to m (on one of the realized faces) with u_t(r) ≥ payoffT also has
         * u_u(r) &gt; payoffU: the minimum of u_u − payoffU over the vertices of {r ∈ face : u_t(r) ≥ payoffT} is
         * positive (or that set is empty).
         */
        boolean weakGainImpliesStrictGain(int m, List<int[]> faces, int t, Rational payoffT, int u, Rational payoffU) {
            for (int[] face : faces) {
                for (int i = 0; i < face.length; i++) {
                    Rational ci = f.senderPayoff(t, m, face[i]).subtract(payoffT);
                    Rational di = f.senderPayoff(u, m, face[i]).subtract(payoffU);
                    if (ci.signum() >= 0 && di.signum() <= 0) {
                        return false; // a pure response where t weakly gains and u does not strictly gain
                    }
                    for (int j = 0; j < face.length; j++) {
                        Rational cj = f.senderPayoff(t, m, face[j]).subtract(payoffT);
                        if (ci.signum() > 0 && cj.signum() < 0) {
                            // the mixture of i and j where t's gain is exactly 0
                            Rational wi = cj.negate().divide(ci.subtract(cj));
                            Rational wj = ci.divide(ci.subtract(cj));
                            Rational dj = f.senderPayoff(u, m, face[j]).subtract(payoffU);
                            if (wi.multiply(di).add(wj.multiply(dj)).signum() <= 0) {
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        }
    }
}
