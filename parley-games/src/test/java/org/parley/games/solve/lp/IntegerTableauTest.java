package org.parley.games.solve.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

class IntegerTableauTest {
    private static BigInteger b(long v) {
        return BigInteger.valueOf(v);
    }

    /** [M | I] z = q with M 2x2; pivoting M's columns in solves M z = q. */
    private static IntegerTableau system(long m00, long m01, long m10, long m11, long q0, long q1) {
        BigInteger[][] m = {{b(m00), b(m01), b(1), b(0)}, {b(m10), b(m11), b(0), b(1)}};
        return new IntegerTableau(m, new BigInteger[] {b(q0), b(q1)}, new int[] {2, 3});
    }

    private static Rational value(IntegerTableau t, int v) {
        return Rational.of(t.entry(t.rowOf(v), t.variables()), t.determinant());
    }

    @Test
    void pivotingSolvesALinearSystemExactly() {
        // 2x + y = 5, x + 3y = 10 -> x = 1, y = 3
        IntegerTableau t = system(2, 1, 1, 3, 5, 10);
        t.pivot(0, 0);
        t.pivot(1, 1);
        assertEquals(Rational.of(1), value(t, 0));
        assertEquals(Rational.of(3), value(t, 1));
        assertEquals(b(5), t.determinant(), "determinant of the basis matrix");
        assertEquals(2, t.pivotCount());
    }

    @Test
    void negativePivotKeepsTheDeterminantPositive() {
        // -x + y = 1, x + y = 3 -> x = 1, y = 2
        IntegerTableau t = system(-1, 1, 1, 1, 1, 3);
        t.pivot(0, 0);
        assertEquals(1, t.determinant().signum());
        t.pivot(1, 1);
        assertEquals(Rational.of(1), value(t, 0));
        assertEquals(Rational.of(2), value(t, 1));
    }

    @Test
    void overflowMovesToBigIntegerWithoutLosingExactness() {
        long big = 1_000_003L; // fits in long at first; after one pivot entries exceed 2^31
        IntegerTableau t = system(big, 3, 5, big + 1, 7, big);
        assertTrue(t.isLongArithmetic());
        t.pivot(0, 0);
        assertFalse(t.isLongArithmetic());
        t.pivot(1, 1);
        Rational[][] m = {{Rational.of(big), Rational.of(3)}, {Rational.of(5), Rational.of(big + 1)}};
        Rational x = value(t, 0);
        Rational y = value(t, 1);
        assertEquals(Rational.of(7), m[0][0].multiply(x).add(m[0][1].multiply(y)));
        assertEquals(Rational.of(big), m[1][0].multiply(x).add(m[1][1].multiply(y)));
    }

    @Test
    void lexicographicRuleBreaksTiesDeterministically() {
        // both rows tie on the ratio 1/1 for column 0; the lexicographic rule on the slack columns
        // picks row 1 (smaller entry in column 2), the negative perturbation picks row 0
        IntegerTableau t = system(1, 0, 1, 1, 1, 1);
        assertEquals(2, t.minRatioRows(0).length);
        assertEquals(1, t.lexMinRatioRow(0, new int[] {2, 3}));
        assertEquals(0, t.lexRatioRowNegativePerturbation(0, new int[] {2, 3}));
    }

    @Test
    void rejectsBadInput() {
        BigInteger[][] m = {{b(1), b(2)}};
        assertThrows(IllegalArgumentException.class, () -> new IntegerTableau(m, new BigInteger[] {b(1)}, new int[] {1}));
        IntegerTableau t = system(2, 1, 1, 3, 5, 10);
        assertThrows(IllegalStateException.class, () -> t.pivot(0, 2));
    }
}
