package org.parley.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void fixedDropsTrailingZerosAndIsLocaleIndependent() {
        assertEquals("40", Numbers.fixed(40));
        assertEquals("40.5", Numbers.fixed(40.5));
        assertEquals("40.26", Numbers.fixed(40.255));
        assertEquals("0", Numbers.fixed(-0.001));
        assertEquals("1200", Numbers.fixed(1200));
        assertEquals("0.123", Numbers.fixed(0.12345, 3));
        assertEquals("\u2014", Numbers.fixed(Double.NaN));
        assertEquals("-", Numbers.fixed(Double.NaN, Typography.ASCII));
    }

    @Test
    void signedUsesTheTypographysMinus() {
        assertEquals("+3.5", Numbers.signed(3.5));
        assertEquals("\u22122", Numbers.signed(-2));
        assertEquals("-2", Numbers.signed(-2, Typography.ASCII));
        assertEquals("0", Numbers.signed(0.0001));
        assertEquals("-", Numbers.signed(Double.NaN, Typography.ASCII));
    }

    @Test
    void significantKeepsSixDigits() {
        assertEquals("55.2155", Numbers.significant(55.2154750244858));
        assertEquals("0.0000000558794", Numbers.significant(5.58794e-8));
        assertEquals("100", Numbers.significant(100.0));
        assertEquals("1.23457E+7", Numbers.significant(12345678.9));
        assertEquals("0", Numbers.significant(0));
        assertEquals("NaN", Numbers.significant(Double.NaN));
    }

    @Test
    void drawingStyles() {
        assertEquals("12", Numbers.compact(12));
        assertEquals("0.538", Numbers.compact(0.537708));
        assertEquals("12.0", Numbers.coordinate(12));
        assertEquals("3.5", Numbers.coordinate(3.456));
        assertEquals("0.5377", Numbers.general(0.537708, 4));
        assertEquals("1.0e-13", Numbers.exponential(1e-13, 1));
    }

    @Test
    void gambitPrintsLikeCppStreams() {
        assertEquals("0.333333", Numbers.gambit(1.0 / 3));
        assertEquals("0.5", Numbers.gambit(0.5));
        assertEquals("1", Numbers.gambit(1.0));
        assertEquals("7.97503e-24", Numbers.gambit(7.97503e-24));
        assertEquals("1.99792e-08", Numbers.gambit(1.99792e-08));
        assertEquals("0.0001", Numbers.gambit(1e-4));
        assertEquals("1e+06", Numbers.gambit(1e6));
    }

    @Test
    void machineNumbersAreFullPrecisionOrEmpty() {
        assertEquals("55.2154750244858", Numbers.machine(55.2154750244858));
        assertEquals("", Numbers.machine(Double.NaN));
    }
}
