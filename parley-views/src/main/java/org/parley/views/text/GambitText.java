package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import org.parley.games.Arithmetic;
import org.parley.games.Profile;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.views.format.Numbers;

/**
 * Equilibria as Gambit's command-line tools print them, so that results can be diffed with Gambit's output: one
 * {@code NE,p1,p2,...} line per equilibrium, exact values as fractions, doubles as C++ streams print them; a
 * quantal response equilibrium as gambit-logit prints a point, {@code lambda,p1,p2,...}.
 */
public final class GambitText {
    private GambitText() {
    }

    /** Gambit's line for one profile: {@code NE,} then the flat profile in Gambit's order. */
    public static String line(Profile p) {
        StringBuilder sb = new StringBuilder("NE");
        if (p.arithmetic() == Arithmetic.EXACT) {
            for (Rational r : p.toFlatExact()) {
                sb.append(',').append(r);
            }
        } else {
            for (double d : p.toFlatArray()) {
                sb.append(',').append(Numbers.gambit(d));
            }
        }
        return sb.toString();
    }

    /**
     * Gambit's line with {@code decimals} places per probability (Gambit's {@code -d}); the default formatting
     * ({@link #line(Profile)}) when {@code decimals < 0}.
     */
    public static String line(Profile p, int decimals) {
        if (decimals < 0) {
            return line(p);
        }
        StringBuilder sb = new StringBuilder("NE");
        for (double d : p.toFlatArray()) {
            sb.append(',').append(Numbers.gambitFixed(d, decimals));
        }
        return sb.toString();
    }

    /** A point of a logit branch as gambit-logit prints it, {@code lambda,p1,p2,...}; decimals as in {@link #line(Profile, int)}. */
    public static String point(double lambda, Profile p, int decimals) {
        StringBuilder sb = new StringBuilder(decimals < 0 ? Numbers.gambit(lambda) : Numbers.gambitFixed(lambda, decimals));
        for (double d : p.toFlatArray()) {
            sb.append(',').append(decimals < 0 ? Numbers.gambit(d) : Numbers.gambitFixed(d, decimals));
        }
        return sb.toString();
    }

    /** One line per verified equilibrium with {@code decimals} places (default formatting when negative). */
    public static void equilibria(PrintWriter raw, EquilibriumResult r, int decimals) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        for (Equilibrium e : r.equilibria()) {
            out.println(line(e.profile(), decimals));
        }
        out.flush();
    }

    /** A QRE as gambit-logit prints its points: {@code lambda,p1,p2,...} (6 significant digits). */
    public static void qre(PrintWriter raw, QreResult r) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        StringBuilder sb = new StringBuilder(Numbers.gambit(r.lambda()));
        for (double d : r.profile().toFlatArray()) {
            sb.append(',').append(Numbers.gambit(d));
        }
        out.println(sb);
        out.flush();
    }

    /** One line per verified equilibrium, in the order found (rejected candidates are not printed). */
    public static void equilibria(PrintWriter raw, EquilibriumResult r) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        for (Equilibrium e : r.equilibria()) {
            out.println(line(e.profile()));
        }
        out.flush();
    }
}
