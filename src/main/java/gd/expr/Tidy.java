package gd.expr;

import java.math.BigInteger;

/**
 * The tidy builder: smart constructors that never make '+ 0', '* 1', '* 0', '** 1' or '** 0',
 * and fold two numbers exactly (2/3 stays the rational 2/3). Full simplification is a separate
 * step; this only keeps the derivative from growing junk while it is built.
 */
public final class Tidy implements Builder {
    public static final Tidy INSTANCE = new Tidy();

    private Tidy() {}

    public Expr add(Expr a, Expr b) {
        if (isZero(a)) return b;
        if (isZero(b)) return a;
        if (a instanceof Num x && b instanceof Num y) return x.add(y);
        return Expr.bin(Op.ADD, a, b);
    }

    public Expr sub(Expr a, Expr b) {
        if (isZero(b)) return a;
        if (isZero(a)) return neg(b);
        if (a instanceof Num x && b instanceof Num y) return x.sub(y);
        if (a == b) return Num.ZERO;
        return Expr.bin(Op.SUB, a, b);
    }

    public Expr mul(Expr a, Expr b) {
        if (isZero(a) || isZero(b)) return Num.ZERO;          // drops x*0 even where x is infinite, as algebra does
        if (isOne(a)) return b;
        if (isOne(b)) return a;
        if (a instanceof Num x && b instanceof Num y) return x.mul(y);
        return Expr.bin(Op.MUL, a, b);
    }

    public Expr div(Expr a, Expr b) {
        if (isOne(b)) return a;
        if (isZero(a) && !isZero(b)) return Num.ZERO;
        if (a instanceof Num x && b instanceof Num y && !y.isZero()) return x.div(y);
        return Expr.bin(Op.DIV, a, b);
    }

    public Expr pow(Expr a, Expr b) {
        if (isOne(b)) return a;
        if (isZero(b)) return Num.ONE;
        if (a instanceof Num x && b instanceof Num y) {
            Num exact = exactPow(x, y);
            if (exact != null) return exact;
        }
        return Expr.bin(Op.POW, a, b);
    }

    public Expr neg(Expr a) {
        if (a instanceof Num x) return x.negate();
        return mul(Num.MINUS_ONE, a);
    }

    public Expr call(Fn fn, Expr a) {
        Num exact = fn.exactAt(a);
        return exact != null ? exact : Expr.call(fn, a);
    }

    public Expr call(Fn fn, java.util.List<Expr> args) {
        Expr folded = Piecewise.fold(fn, args);
        return folded != null ? folded : Expr.call(fn, args);
    }

    /** x**y exactly, when x is exact and y a modest integer; null when that is not possible. */
    public static Num exactPow(Num x, Num y) {
        if (!x.isExact() || !y.isInteger() || y.numerator().bitLength() > 16) return null;
        int k = y.numerator().intValue();
        if (k < 0 && x.isZero()) return null;
        long bits = (long) Math.abs(k) * Math.max(x.numerator().bitLength(), x.denominator().bitLength());
        if (bits > 100_000) return null;
        BigInteger p = x.numerator().pow(Math.abs(k)), q = x.denominator().pow(Math.abs(k));
        return k >= 0 ? Num.rational(p, q) : Num.rational(q, p);
    }

    public static boolean isZero(Expr e) { return e instanceof Num n && n.isZero(); }
    public static boolean isOne(Expr e) { return e instanceof Num n && n.isOne(); }
}
