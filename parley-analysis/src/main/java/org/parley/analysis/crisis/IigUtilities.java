package org.parley.analysis.crisis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.parley.games.numeric.Rational;

/**
 * Each player's utility for each of the eight outcomes of the International Interaction Game. These are the
 * primitives of the game's equilibrium analysis in War and Reason (the book builds them from the value of the
 * demands, the probability of winning, and costs of war, of being attacked and of backing down; Parley's scenario
 * mapping builds them as documented in {@code docs/analysis/crisis-templates.md}).
 *
 * @param a utilities of A (first mover), one per outcome
 * @param b utilities of B, one per outcome
 */
public record IigUtilities(Map<IigOutcome, Rational> a, Map<IigOutcome, Rational> b) {
    public IigUtilities {
        a = copy(a, "a");
        b = copy(b, "b");
    }

    private static Map<IigOutcome, Rational> copy(Map<IigOutcome, Rational> m, String who) {
        EnumMap<IigOutcome, Rational> c = new EnumMap<>(IigOutcome.class);
        for (IigOutcome o : IigOutcome.values()) {
            Rational v = m.get(o);
            if (v == null) {
                throw new IllegalArgumentException("utilities of " + who + ": missing " + o);
            }
            c.put(o, v);
        }
        return Collections.unmodifiableMap(c);
    }

    /** From values in the order SQ, ACQ_A, ACQ_B, NEG, CAP_A, CAP_B, WAR_A, WAR_B (doubles are converted exactly). */
    public static IigUtilities of(double[] a, double[] b) {
        return new IigUtilities(map(a, "a"), map(b, "b"));
    }

    private static Map<IigOutcome, Rational> map(double[] v, String who) {
        IigOutcome[] os = IigOutcome.values();
        if (v.length != os.length) {
            throw new IllegalArgumentException("utilities of " + who + ": need " + os.length + " values, got " + v.length);
        }
        Map<IigOutcome, Rational> m = new EnumMap<>(IigOutcome.class);
        for (int i = 0; i < os.length; i++) {
            m.put(os[i], Rational.of(v[i]));
        }
        return m;
    }
}
