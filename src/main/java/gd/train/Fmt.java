package gd.train;

import gd.expr.NumFormat;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short numbers for progress lines and advice: rounded to a few significant digits, then printed by the one number formatter. */
final class Fmt {
    private Fmt() {}

    static String sig(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) return NumFormat.format(x);
        BigDecimal r = new BigDecimal(x).round(new MathContext(digits));
        if (Math.abs(x) < 1e6) return NumFormat.format(r.doubleValue());
        String d = r.unscaledValue().abs().toString().replaceAll("0+$", "");     // big numbers: 2.289e+10, not 22890000000
        int exp = r.precision() - r.scale() - 1;
        return (x < 0 ? "-" : "") + d.charAt(0) + (d.length() > 1 ? "." + d.substring(1) : "") + "e+" + (exp < 10 ? "0" : "") + exp;
    }

    static String full(double x) { return NumFormat.format(x); }
}
