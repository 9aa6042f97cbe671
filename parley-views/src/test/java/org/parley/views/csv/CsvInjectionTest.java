package org.parley.views.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** OWASP CSV injection: would-be formulas in text cells are neutralised, numbers and plain text are not. */
class CsvInjectionTest {
    @Test
    void formulasArePrefixedAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.text("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1+cmd|' /C calc'!A0\"", Csv.text("+1+cmd|' /C calc'!A0"));
        assertEquals("\"'-2+3\"", Csv.text("-2+3"));
        assertEquals("\"'@SUM(A1)\"", Csv.text("@SUM(A1)"));
        assertEquals("\"'\t=1\"", Csv.text("\t=1"));
        assertEquals("\"'\r=1\"", Csv.text("\r=1"));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyWere() {
        assertEquals("-5", Csv.text("-5"));
        assertEquals("+1.5e3", Csv.text("+1.5e3"));
        assertEquals("-0.25", Csv.text("-0.25"));
        assertEquals("harbour", Csv.text("harbour"));
        assertEquals("\"a, b\"", Csv.text("a, b"));
        assertEquals("", Csv.text(""));
        assertEquals("", Csv.text(null));
    }
}
