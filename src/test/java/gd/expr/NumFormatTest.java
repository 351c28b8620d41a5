package gd.expr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers print as the seed (Python) prints them, except that integral floats drop their '.0'. */
class NumFormatTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource({
        "0.5, 0.5", "29.0, 29", "-3.0, -3", "0.1, 0.1", "0.30000000000000004, 0.30000000000000004",
        "1e-05, 1e-05", "0.0001, 0.0001", "1.5e16, 1.5e+16", "1e16, 1e+16", "123456789.125, 123456789.125",
        "4.044039209508093e+16, 4.044039209508093e+16", "2.7, 2.7", "1.8499999999999996, 1.8499999999999996",
        "0.00013244065166873042, 0.00013244065166873042", "-2.5e-300, -2.5e-300", "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308",
    })
    void doublesPrintShortestRoundTrip(double value, String expected) {
        assertEquals(expected, NumFormat.format(value));
        if (!expected.contains("e") && expected.contains(".")) assertEquals(value, Double.parseDouble(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NaN, nan", "Infinity, inf", "-Infinity, -inf", "-0.0, 0"})
    void specialValues(double value, String expected) {
        assertEquals(expected, NumFormat.format(value));
    }

    @org.junit.jupiter.api.Test
    void exactNumbers() {
        assertEquals("10", NumFormat.format(Num.of(10)));
        assertEquals("(/ 2 3)", NumFormat.format(Num.rational(java.math.BigInteger.valueOf(4), java.math.BigInteger.valueOf(6))));
        assertEquals("(/ -1 2)", NumFormat.format(Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(-2))));
        assertEquals(3, Num.rational(java.math.BigInteger.ONE, java.math.BigInteger.TWO).size());
    }
}
