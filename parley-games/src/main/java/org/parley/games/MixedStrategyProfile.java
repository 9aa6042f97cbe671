package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.numeric.Rational;

/**
 * A mixed strategy profile of a {@link StrategicGame}: for each player a probability for each pure strategy.
 * Immutable. In {@link Arithmetic#EXACT} the rationals are authoritative and the doubles are their rounding;
 * in {@link Arithmetic#DOUBLE} only doubles exist. Values are not required to be a distribution here:
 * {@link org.parley.games.verify.Regret} checks that (solvers must verify before returning).
 */
public final class MixedStrategyProfile implements Profile {
    private final StrategicGame game;
    private final Rational[][] exact;
    private final double[][] probs;

    private MixedStrategyProfile(StrategicGame game, Rational[][] exact, double[][] probs) {
        this.game = game;
        this.exact = exact;
        this.probs = probs;
    }

    private static void checkShape(StrategicGame g, int players, java.util.function.IntUnaryOperator len) {
        if (players != g.numPlayers()) {
            throw new IllegalArgumentException("profile has " + players + " players, game has " + g.numPlayers());
        }
        for (int i = 0; i < players; i++) {
            if (len.applyAsInt(i) != g.numStrategies(i)) {
                throw new IllegalArgumentException("player " + (i + 1) + " has " + g.numStrategies(i)
                        + " strategies, profile gives " + len.applyAsInt(i));
            }
        }
    }

    /** Exact profile; {@code p[i][k]} is the probability of player i's strategy k. */
    public static MixedStrategyProfile ofExact(StrategicGame g, Rational[][] p) {
        checkShape(g, p.length, i -> p[i].length);
        Rational[][] e = new Rational[p.length][];
        double[][] d = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            e[i] = p[i].clone();
            d[i] = new double[e[i].length];
            for (int k = 0; k < e[i].length; k++) {
                d[i][k] = java.util.Objects.requireNonNull(e[i][k], "probability").doubleValue();
            }
        }
        return new MixedStrategyProfile(g, e, d);
    }

    /** Double profile; {@code p[i][k]} is the probability of player i's strategy k. */
    public static MixedStrategyProfile ofDouble(StrategicGame g, double[][] p) {
        checkShape(g, p.length, i -> p[i].length);
        double[][] d = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            d[i] = p[i].clone();
        }
        return new MixedStrategyProfile(g, null, d);
    }

    /** Exact profile from a flat vector in Gambit order. */
    public static MixedStrategyProfile ofExactFlat(StrategicGame g, List<Rational> flat) {
        if (flat.size() != g.totalStrategies()) {
            throw new IllegalArgumentException("flat profile has " + flat.size() + " entries, game has " + g.totalStrategies() + " strategies");
        }
        Rational[][] p = new Rational[g.numPlayers()][];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[g.numStrategies(i)];
            for (int s = 0; s < p[i].length; s++) {
                p[i][s] = flat.get(k++);
            }
        }
        return ofExact(g, p);
    }

    /** Double profile from a flat vector in Gambit order. */
    public static MixedStrategyProfile ofDoubleFlat(StrategicGame g, double[] flat) {
        if (flat.length != g.totalStrategies()) {
            throw new IllegalArgumentException("flat profile has " + flat.length + " entries, game has " + g.totalStrategies() + " strategies");
        }
        double[][] p = new double[g.numPlayers()][];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Arrays.copyOfRange(flat, k, k + g.numStrategies(i));
            k += p[i].length;
        }
        return ofDouble(g, p);
    }

    /** The exact pure profile playing strategy {@code pure[i]} for each player i. */
    public static MixedStrategyProfile pure(StrategicGame g, int[] pure) {
        Rational[][] p = new Rational[g.numPlayers()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[g.numStrategies(i)];
            Arrays.fill(p[i], Rational.ZERO);
            p[i][pure[i]] = Rational.ONE;
        }
        return ofExact(g, p);
    }

    /** Every player mixes uniformly. */
    public static MixedStrategyProfile uniform(StrategicGame g, Arithmetic a) {
        Rational[][] p = new Rational[g.numPlayers()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Rational[g.numStrategies(i)];
            Arrays.fill(p[i], Rational.of(1, g.numStrategies(i)));
        }
        MixedStrategyProfile e = ofExact(g, p);
        return a == Arithmetic.EXACT ? e : e.toDouble();
    }

    @Override
    public StrategicGame game() {
        return game;
    }

    @Override
    public Arithmetic arithmetic() {
        return exact == null ? Arithmetic.DOUBLE : Arithmetic.EXACT;
    }

    public double probability(int player, int strategy) {
        return probs[player][strategy];
    }

    public double probability(Strategy s) {
        ForeignObjectException.check(game, s.game(), "strategy");
        return probs[s.player().index()][s.index()];
    }

    /** @throws IllegalStateException in double arithmetic */
    public Rational exactProbability(int player, int strategy) {
        if (exact == null) {
            throw new IllegalStateException("double profile has no exact probabilities");
        }
        return exact[player][strategy];
    }

    /** A copy of one player's probabilities. */
    public double[] probabilities(int player) {
        return probs[player].clone();
    }

    @Override
    public double[] toFlatArray() {
        double[] f = new double[game.totalStrategies()];
        int k = 0;
        for (double[] p : probs) {
            System.arraycopy(p, 0, f, k, p.length);
            k += p.length;
        }
        return f;
    }

    @Override
    public List<Rational> toFlatExact() {
        if (exact == null) {
            throw new IllegalStateException("double profile has no exact probabilities");
        }
        List<Rational> l = new ArrayList<>();
        for (Rational[] p : exact) {
            l.addAll(Arrays.asList(p));
        }
        return List.copyOf(l);
    }

    @Override
    public MixedStrategyProfile toDouble() {
        return exact == null ? this : new MixedStrategyProfile(game, null, probs);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MixedStrategyProfile p) || p.game != game || p.arithmetic() != arithmetic()) {
            return false;
        }
        return exact != null ? Arrays.deepEquals(exact, p.exact) : Arrays.deepEquals(probs, p.probs);
    }

    @Override
    public int hashCode() {
        return exact != null ? Arrays.deepHashCode(exact) : Arrays.deepHashCode(probs);
    }

    @Override
    public String toString() {
        return exact != null ? Arrays.deepToString(exact) : Arrays.deepToString(probs);
    }
}
