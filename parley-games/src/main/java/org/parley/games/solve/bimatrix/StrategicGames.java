package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/** Conversions between {@link StrategicGame} and {@link Bimatrix}. */
public final class StrategicGames {
    private StrategicGames() {
    }

    /**
     * The payoff matrices of a two-player strategic game (row player = player 1).
     *
     * @throws UnsupportedGameException if the game does not have exactly two players
     */
    public static Bimatrix toBimatrix(StrategicGame g, String method) {
        if (g.numPlayers() != 2) {
            throw new UnsupportedGameException("Method " + method + " is only valid for two-player games; this game has "
                    + g.numPlayers() + " players");
        }
        int m = g.numStrategies(0);
        int n = g.numStrategies(1);
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        int[] prof = new int[2];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                prof[0] = i;
                prof[1] = j;
                int c = g.cellIndex(prof);
                a[i][j] = g.exactPayoff(0, c);
                b[i][j] = g.exactPayoff(1, c);
            }
        }
        return Bimatrix.of(a, b);
    }

    /** The profile of {@code g} for an equilibrium of its bimatrix. */
    static MixedStrategyProfile toProfile(StrategicGame g, BimatrixEquilibrium e, boolean exact) {
        List<Rational> flat = new ArrayList<>(e.row());
        flat.addAll(e.column());
        if (exact) return MixedStrategyProfile.ofExactFlat(g, flat);
        double[] d = new double[flat.size()];
        for (int k = 0; k < d.length; k++) d[k] = flat.get(k).doubleValue();
        return MixedStrategyProfile.ofDoubleFlat(g, d);
    }
}
