package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.numeric.Rational;

/**
 * A behaviour strategy profile of an {@link ExtensiveGame}: for each player, each of his information sets
 * (by number) and each action there, a probability ({@code [player][infoset][action]}). Immutable. Exact or
 * double as {@link MixedStrategyProfile}. Gambit prints all-zero entries at information sets a player's own
 * strategy never reaches; such profiles are legal here too (see {@link org.parley.games.verify.Regret}).
 */
public final class MixedBehaviorProfile implements Profile {
    private final ExtensiveGame game;
    private final Rational[][][] exact;
    private final double[][][] probs;

    private MixedBehaviorProfile(ExtensiveGame game, Rational[][][] exact, double[][][] probs) {
        this.game = game;
        this.exact = exact;
        this.probs = probs;
    }

    private static void checkShape(ExtensiveGame g, Object[][] p) {
        if (p.length != g.numPlayers()) {
            throw new IllegalArgumentException("profile has " + p.length + " players, game has " + g.numPlayers());
        }
        for (int i = 0; i < p.length; i++) {
            List<Infoset> hs = g.infosets(i);
            if (p[i].length != hs.size()) {
                throw new IllegalArgumentException("player " + (i + 1) + " has " + hs.size() + " information sets, profile gives " + p[i].length);
            }
            for (int h = 0; h < hs.size(); h++) {
                int len = java.lang.reflect.Array.getLength(p[i][h]);
                if (len != hs.get(h).numActions()) {
                    throw new IllegalArgumentException("information set " + (h + 1) + " of player " + (i + 1) + " has "
                            + hs.get(h).numActions() + " actions, profile gives " + len);
                }
            }
        }
    }

    public static MixedBehaviorProfile ofExact(ExtensiveGame g, Rational[][][] p) {
        checkShape(g, p);
        Rational[][][] e = new Rational[p.length][][];
        double[][][] d = new double[p.length][][];
        for (int i = 0; i < p.length; i++) {
            e[i] = new Rational[p[i].length][];
            d[i] = new double[p[i].length][];
            for (int h = 0; h < p[i].length; h++) {
                e[i][h] = p[i][h].clone();
                d[i][h] = new double[e[i][h].length];
                for (int a = 0; a < e[i][h].length; a++) {
                    d[i][h][a] = java.util.Objects.requireNonNull(e[i][h][a], "probability").doubleValue();
                }
            }
        }
        return new MixedBehaviorProfile(g, e, d);
    }

    public static MixedBehaviorProfile ofDouble(ExtensiveGame g, double[][][] p) {
        checkShape(g, p);
        double[][][] d = new double[p.length][][];
        for (int i = 0; i < p.length; i++) {
            d[i] = new double[p[i].length][];
            for (int h = 0; h < p[i].length; h++) {
                d[i][h] = p[i][h].clone();
            }
        }
        return new MixedBehaviorProfile(g, null, d);
    }

    private static int flatLength(ExtensiveGame g) {
        int k = 0;
        for (int i = 0; i < g.numPlayers(); i++) {
            k += g.numActions(i);
        }
        return k;
    }

    /** Exact profile from a flat vector in Gambit order (players, information sets, actions). */
    public static MixedBehaviorProfile ofExactFlat(ExtensiveGame g, List<Rational> flat) {
        if (flat.size() != flatLength(g)) {
            throw new IllegalArgumentException("flat profile has " + flat.size() + " entries, game has " + flatLength(g) + " actions");
        }
        Rational[][][] p = new Rational[g.numPlayers()][][];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            List<Infoset> hs = g.infosets(i);
            p[i] = new Rational[hs.size()][];
            for (int h = 0; h < hs.size(); h++) {
                p[i][h] = new Rational[hs.get(h).numActions()];
                for (int a = 0; a < p[i][h].length; a++) {
                    p[i][h][a] = flat.get(k++);
                }
            }
        }
        return ofExact(g, p);
    }

    /** Double profile from a flat vector in Gambit order. */
    public static MixedBehaviorProfile ofDoubleFlat(ExtensiveGame g, double[] flat) {
        if (flat.length != flatLength(g)) {
            throw new IllegalArgumentException("flat profile has " + flat.length + " entries, game has " + flatLength(g) + " actions");
        }
        double[][][] p = new double[g.numPlayers()][][];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            List<Infoset> hs = g.infosets(i);
            p[i] = new double[hs.size()][];
            for (int h = 0; h < hs.size(); h++) {
                p[i][h] = Arrays.copyOfRange(flat, k, k + hs.get(h).numActions());
                k += p[i][h].length;
            }
        }
        return ofDouble(g, p);
    }

    @Override
    public ExtensiveGame game() {
        return game;
    }

    @Override
    public Arithmetic arithmetic() {
        return exact == null ? Arithmetic.DOUBLE : Arithmetic.EXACT;
    }

    public double probability(int player, int infoset, int action) {
        return probs[player][infoset][action];
    }

    /** Probability of an action of a personal information set, or the chance probability at chance. */
    public double probability(Action a) {
        ForeignObjectException.check(game, a.game(), "action");
        Infoset h = a.infoset();
        if (h.isChance()) {
            return a.probability().doubleValue();
        }
        return probs[h.player().index()][h.index()][a.index()];
    }

    /** @throws IllegalStateException in double arithmetic */
    public Rational exactProbability(int player, int infoset, int action) {
        if (exact == null) {
            throw new IllegalStateException("double profile has no exact probabilities");
        }
        return exact[player][infoset][action];
    }

    /** Exact probability of an action (chance probability at chance). @throws IllegalStateException if double */
    public Rational exactProbability(Action a) {
        ForeignObjectException.check(game, a.game(), "action");
        Infoset h = a.infoset();
        if (h.isChance()) {
            return a.probability();
        }
        return exactProbability(h.player().index(), h.index(), a.index());
    }

    @Override
    public double[] toFlatArray() {
        double[] f = new double[flatLength(game)];
        int k = 0;
        for (double[][] pl : probs) {
            for (double[] h : pl) {
                System.arraycopy(h, 0, f, k, h.length);
                k += h.length;
            }
        }
        return f;
    }

    @Override
    public List<Rational> toFlatExact() {
        if (exact == null) {
            throw new IllegalStateException("double profile has no exact probabilities");
        }
        List<Rational> l = new ArrayList<>();
        for (Rational[][] pl : exact) {
            for (Rational[] h : pl) {
                l.addAll(Arrays.asList(h));
            }
        }
        return List.copyOf(l);
    }

    @Override
    public MixedBehaviorProfile toDouble() {
        return exact == null ? this : new MixedBehaviorProfile(game, null, probs);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MixedBehaviorProfile p) || p.game != game || p.arithmetic() != arithmetic()) {
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
