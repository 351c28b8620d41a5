package gd.eval;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's format-spec mini-language for f-string holes ({L:.4g}, {k:>3}, {x:+.2f}, {n:,}):
 * [[fill]align][sign][0][width][,][.precision][type] with the types d f e g % s. Numbers are
 * rounded from their exact value (half to even), as Python does, so outputs match Python's.
 */
final class Format {
    private Format() {}

    private static final Pattern SPEC = Pattern.compile("(?:(.)?([<>^=]))?([+\\- "
            + "])?(0)?(\\d+)?(,)?(?:\\.(\\d+))?([dfFeEgG%s])?");

    /** The value formatted by the spec; IllegalArgumentException (with a plain message) when they do not fit. */
    static String apply(Object v, String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches())
            throw new IllegalArgumentException("'" + spec
                    + "' is not a format gd understands (try .4g, .2f, d, >8 or ,)");
        String type = m.group(8), sign = m.group(3);
        Integer precision = m.group(7) == null ? null : Integer.valueOf(m.group(7));
        if (v instanceof Boolean b) v = Num.of(b ? 1 : 0);
        boolean number = v instanceof Num;
        String body;
        if (number) body = number((Num) v, type, precision, m.group(6) != null);
        else if (type == null || type.equals("s"))
            body = precision == null ? Values.show(v) : cut(Values.show(v), precision);
        else throw new IllegalArgumentException("the format '" + spec + "' is for numbers, and this is "
                + Values.describe(v)
                + (v instanceof Expr ? "; use val(...) to get its number" : ""));
        if (number && sign != null && !body.startsWith("-"))
            body = (sign.equals("+") ? "+" : sign.equals(" ") ? " " : "") + body;
        boolean zero = m.group(4) != null;
        char fill = m.group(1) != null ? m.group(1).charAt(0) : zero ? '0' : ' ';
        String align = m.group(2) != null ? m.group(2) : zero ? "=" : number ? ">" : "<";
        return pad(body, m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), fill, align);
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n); }

    private static String number(Num n, String type, Integer precision, boolean grouping) {
        if (type == null && precision == null) return group(NumFormat.format(n), grouping);
        if ("d".equals(type)) {
            if (!n.isInteger())
                throw new IllegalArgumentException("the format 'd' is for whole numbers, and this is "
                        + NumFormat.format(n) + "; try .0f or round(...)");
            return group(n.numerator().toString(), grouping);
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        BigDecimal x = n.isExact() ? new BigDecimal(n.numerator()).divide(new BigDecimal(n.denominator()),
                MathContext.DECIMAL128) : new BigDecimal(d);
        int p = precision == null ? 6 : precision;
        String t = type == null ? "g" : type;
        return switch (t) {
            case "f", "F" -> group(x.setScale(p, RoundingMode.HALF_EVEN).toPlainString(), grouping);
            case "%" -> group(x.movePointRight(2).setScale(p, RoundingMode.HALF_EVEN).toPlainString(), grouping) + "%";
            case "e", "E" -> cased(scientific(x, p, false), t);
            default -> cased(general(x, Math.max(1, p), grouping), t);
        };
    }

    /** Python's 'g': p significant digits, fixed notation when the exponent is in [-4, p), trailing zeros dropped. */
    private static String general(BigDecimal x, int p, boolean grouping) {
        if (x.signum() == 0) return "0";
        BigDecimal r = x.round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= p) return scientific(x, p - 1, true);
        return group(strip(r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString()), grouping);
    }

    /** d.ddde+XX with digits decimals, as Python prints it (the exponent has at least two digits). */
    private static String scientific(BigDecimal x, int digits, boolean stripZeros) {
        if (x.signum() == 0) return (stripZeros ? "0" : digits == 0 ? "0" : "0." + "0".repeat(digits)) + "e+00";
        BigDecimal r = x.round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String mantissa = r.movePointLeft(exp).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        if (stripZeros) mantissa = strip(mantissa);
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    private static String strip(String s) {
        if (!s.contains(".")) return s;
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String cased(String s, String type) {
        return Character.isUpperCase(type.charAt(0)) ? s.toUpperCase() : s;
    }

    /** 1234567.5 as 1,234,567.5 when asked for. */
    private static String group(String s, boolean grouping) {
        if (!grouping) return s;
        int start = s.startsWith("-") ? 1 : 0, dot = s.indexOf('.');
        int end = dot < 0 ? s.length() : dot;
        StringBuilder sb = new StringBuilder(s.substring(0, start));
        for (int i = start; i < end; i++) {
            sb.append(s.charAt(i));
            int left = end - i - 1;
            if (left > 0 && left % 3 == 0) sb.append(',');
        }
        return sb.append(s.substring(end)).toString();
    }

    private static String pad(String s, int width, char fill, String align) {
        int n = width - s.length();
        if (n <= 0) return s;
        String f = String.valueOf(fill);
        return switch (align) {
            case "<" -> s + f.repeat(n);
            case "^" -> f.repeat(n / 2) + s + f.repeat(n - n / 2);
            case "=" -> {
                int signs = s.startsWith("-") || s.startsWith("+") || s.startsWith(" ") ? 1 : 0;
                yield s.substring(0, signs) + f.repeat(n) + s.substring(signs);
            }
            default -> f.repeat(n) + s;
        };
    }
}
