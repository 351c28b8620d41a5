package gd.expr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one number formatter. Integral values print without a decimal point (4, -3), others as
 * Python's repr does: the shortest digits that read back to the same double, in scientific
 * notation below 1e-4 or from 1e16 up. JDK 17's Double.toString is not always shortest, hence
 * the search over precisions.
 */
public final class NumFormat {
    private NumFormat() {}

    public static String format(Num n) {
        if (n.isExact()) {
            return n.isInteger() ? n.numerator().toString() : "(/ " + n.numerator() + " " + n.denominator() + ")";
        }
        return format(n.doubleValue());
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
