package org.zonelab.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumbersAndCellsTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("1", Numbers.format(1.0));
        assertEquals("150000", Numbers.format(150_000.0));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("100000000000000000000", Numbers.format(1e20));
    }

    @Test
    void otherValuesKeepTenSignificantDigitsWithoutExponent() {
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("-1.5", Numbers.format(-1.5));
        assertEquals("0.6666666667", Numbers.format(2.0 / 3.0));
        assertEquals("123456789.1", Numbers.format(123456789.123456));
        assertEquals("0.0000001", Numbers.format(1e-7));
        assertEquals("0.000000000123456789", Numbers.format(1.23456789e-10));
        assertEquals("12200.5", Numbers.format(12200.5));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void formulaLikeTextCellsAreProtectedButNumbersAreNot() {
        assertEquals("'=HYPERLINK(\"x\")", CsvCells.text("=HYPERLINK(\"x\")"));
        assertEquals("'+cmd", CsvCells.text("+cmd"));
        assertEquals("'-cmd", CsvCells.text("-cmd"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("'\rx", CsvCells.text("\rx"));
        assertEquals("-1.5", CsvCells.text("-1.5"));
        assertEquals("+86", CsvCells.text("+86"));
        assertEquals("East", CsvCells.text("East"));
        assertEquals("a=b", CsvCells.text("a=b"));
        assertEquals("", CsvCells.text(""));
        assertEquals("", CsvCells.text(null));
    }
}
