package gd.expr;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The short forms of the one number formatter against the three formatters they replaced (kept
 * here as the oracle), over many magnitudes, so that every printed table, label and progress line
 * stays the same.
 */
class ShortFormsTest {
    /** What teach printed in check/same/graph tables. */
    private static String oldTable(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        String s = String.format(Locale.ROOT, "%.10g", v);
        if (s.contains("e")) return s.replaceAll("\\.?0+e", "e");
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** What plot's axis labels were. */
    private static String oldLabel(double v) {
        if (!Double.isFinite(v) || v == 0) return NumFormat.format(v == 0 ? 0.0 : v);
        return NumFormat.format(new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue());
    }

    private static double[] samples() {
        Random r = new Random(42);
        double[] xs = new double[60_000];
        for (int i = 0; i < xs.length; i++) {
            double mantissa = switch (i % 4) {
                case 0 -> r.nextDouble();
                case 1 -> Math.round(r.nextDouble() * 1e6) / 1e3;          // few digits, ties in the last one
                case 2 -> 1 + r.nextInt(1000) / 8.0;                         // exact binary fractions
                default -> r.nextGaussian();
            };
            xs[i] = (r.nextBoolean() ? -1 : 1) * mantissa * Math.pow(10, r.nextInt(40) - 20);
        }
        return xs;
    }

    @Test void tableIsTheOldTableFormat() {
        for (double v : samples()) assertEquals(oldTable(v), NumFormat.table(v), () -> "for " + v);
        for (double v : new double[]{0, -0.0, 1e15, 1e10, 9.9999999999e-5, 0.15, 2.5, Double.NaN, Double.NEGATIVE_INFINITY, 1234567.5})
            assertEquals(oldTable(v), NumFormat.table(v), () -> "for " + v);
    }

    @Test void roundedIsTheOldAxisLabel() {
        for (double v : samples()) assertEquals(oldLabel(v), NumFormat.rounded(v, 3), () -> "for " + v);
    }

    @Test void sigShowsBigNumbersInScientificNotation() {
        assertEquals("2.289e+10", NumFormat.sig(22_890_000_123.0, 4));
        assertEquals("0.3333", NumFormat.sig(1 / 3.0, 4));
        assertEquals("-1e+06", NumFormat.sig(-1e6, 3));
        assertEquals("inf", NumFormat.sig(Double.POSITIVE_INFINITY, 3));
    }
}
