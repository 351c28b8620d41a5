package gd.lib;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** Python's conversions: str, int, float and round (half to even, from the number's exact value, as Python rounds). */
public final class Conversions implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("str", "str(v)", "v as the text it prints as: str(3) + \"x\" is \"3x\"",
                    a -> a.interp().show(a.expect(1, 1).get(0))),
            new Builtin("int", "int(v)", "a whole number: int(2.7) is 2 (toward zero), int(\"42\") is 42",
                    Conversions::toInt),
            new Builtin("float", "float(v)", "a floating-point number: float(1) is 1.0, float(\"2.5\") is 2.5",
                    Conversions::toFloat),
            new Builtin("round", "round(x) or round(x, n)",
                    "x rounded to a whole number, or to n decimals; halves go to the even neighbour, as in Python: "
                            + "round(2.5) is 2", Conversions::round));
    }

    private static Num number(Args a) {
        Object v = a.get(0);
        if (v instanceof Boolean b) return Num.of(b ? 1 : 0);
        if (v instanceof Num n) return n;
        throw a.errorAt(0, "expected a number, got " + Values.describe(v)
                + (v instanceof Expr ? " (use val(...) to get an expression's number)" : ""));
    }

    private static Object toInt(Args a) {
        a.expect(1, 1);
        if (a.get(0) instanceof String s) {
            try {
                return Num.of(new BigInteger(s.strip().replace("_", "")));
            } catch (NumberFormatException e) {
                throw a.errorAt(0, "\"" + s + "\" is not a whole number");
            }
        }
        Num n = number(a);
        if (n.isInteger()) return n;
        if (!Double.isFinite(n.doubleValue())) throw a.errorAt(0, "cannot make a whole number of " + n);
        return Num.of(exact(n).setScale(0, RoundingMode.DOWN).toBigIntegerExact());
    }

    private static Object toFloat(Args a) {
        a.expect(1, 1);
        if (a.get(0) instanceof String s) {
            try {
                return Num.of(parseFloat(s.strip()));
            } catch (NumberFormatException e) {
                throw a.errorAt(0, "\"" + s + "\" is not a number");
            }
        }
        return Num.of(number(a).doubleValue());
    }

    /** Python's float(text): also "inf", "-inf", "infinity" and "nan" in any case, which is how infix prints them in an expression. */
    private static double parseFloat(String s) {
        String word = s.toLowerCase(java.util.Locale.ROOT), bare = word.replaceFirst("^[-+]", "");
        if (bare.equals("inf") || bare.equals("infinity")) return word.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (bare.equals("nan")) return Double.NaN;
        if (!s.matches("[-+]?([0-9][0-9_]*\\.?[0-9_]*|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?")) throw new NumberFormatException(s);
        return Double.parseDouble(s.replace("_", ""));
    }

    private static Object round(Args a) {
        a.expect(1, 2);
        Num n = number(a);
        if (!Double.isFinite(n.doubleValue())) throw a.errorAt(0, "cannot round " + n);
        if (a.size() == 1)
            return n.isInteger() ? n : Num.of(exact(n).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact());
        Num digits = a.num(1);
        if (!digits.isInteger() || digits.numerator().abs().bitLength() > 16)
            throw a.errorAt(1, "round's number of decimals must be a small whole number, got " + digits);
        if (n.isInteger() && digits.signum() >= 0) return n;
        double r = exact(n).setScale(digits.numerator().intValue(), RoundingMode.HALF_EVEN).doubleValue();
        return n.isInteger() ? Num.of(BigDecimal.valueOf(r).toBigInteger()) : Num.of(r);
    }

    private static BigDecimal exact(Num n) {
        if (!n.isExact()) return new BigDecimal(n.doubleValue());
        return new BigDecimal(n.numerator()).divide(new BigDecimal(n.denominator()), java.math.MathContext.DECIMAL128);
    }
}
