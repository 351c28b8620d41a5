package gd.train;

import gd.expr.NumFormat;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short numbers for progress lines and advice: rounded to a few significant digits, then printed by the one number formatter. */
final class Fmt {
    private Fmt() {}

    static String sig(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) return NumFormat.format(x);
        return NumFormat.format(new BigDecimal(x).round(new MathContext(digits)).doubleValue());
    }

    static String full(double x) { return NumFormat.format(x); }
}
