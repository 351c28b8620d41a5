package gd.expr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one number formatter. Integral values print without a decimal point (4, -3), others as
 * Python's repr does: the shortest digits that read back to the same double, in scientific
 * notation below 1e-4 or from 1e16 up. JDK 17's Double.toString is not always shortest, hence
 * the search over precisions. Shorter forms for progress lines, chart labels and tables round
 * first and then print the same way.
 */
public final class NumFormat {
    private NumFormat() {}

    public static String format(Num n) {
        if (n.isExact()) {
            return n.isInteger() ? n.numerator().toString() : "(/ " + n.numerator() + " " + n.denominator() + ")";
        }
        return format(n.doubleValue());
    }

    /**
     * A number inside a printed expression, in the form that reads back to the same number: as
     * {@link #format(Num)}, except that a float keeps its kind where format would hide it (2.0,
     * not 2, which reads back exact). Standalone values keep format's seed form.
     */
    public static String literal(Num n) {
        if (n.isExact()) return format(n);
        double d = n.doubleValue();
        String s = format(d);
        return Double.isFinite(d) && s.matches("-?[0-9]+") ? s + ".0" : s;      // Num has no -0.0: Num.of makes it 0.0
    }

    public static String format(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == Math.rint(d) && Math.abs(d) < 1e16) return Long.toString((long) d);
        BigDecimal shortest = shortest(d);
        int exp = shortest.precision() - shortest.scale() - 1;       // decimal exponent of the first digit
        if (exp < -4 || exp >= 16) return scientific(shortest, exp);
        return shortest.toPlainString();
    }

    /** x to a few significant digits, for progress lines and advice; from 1e6 up in scientific notation (2.289e+10, not 22890000000). */
    public static String sig(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) return format(x);
        BigDecimal r = new BigDecimal(x).round(new MathContext(digits));
        if (Math.abs(x) < 1e6) return format(r.doubleValue());
        String d = r.unscaledValue().abs().toString().replaceAll("0+$", "");
        int exp = r.precision() - r.scale() - 1;
        return (x < 0 ? "-" : "") + d.charAt(0) + (d.length() > 1 ? "." + d.substring(1) : "") + "e+"
                + (exp < 10 ? "0" : "") + exp;
    }

    /** x to a few significant digits, printed as {@link #format(double)} prints it: an axis label (1e-05, 0.25, 120). */
    public static String rounded(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) return format(x == 0 ? 0.0 : x);
        return format(new BigDecimal(x).round(new MathContext(digits)).doubleValue());
    }

    /**
     * A number for a table (check, same, graph): whole numbers below 1e15 in full, others to 10
     * significant digits of their printed form, plain from 1e-4 up to 1e10, scientific outside.
     */
    public static String table(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        if (!Double.isFinite(v)) return format(v);
        BigDecimal r = new BigDecimal(Double.toString(v)).round(new MathContext(10, java.math.RoundingMode.HALF_UP));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 10) return scientific(r, exp);
        return r.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new MathContext(17)).stripTrailingZeros();
    }

    private static String scientific(BigDecimal v, int exp) {
        String digits = v.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sign = v.signum() < 0 ? "-" : "";
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
}
