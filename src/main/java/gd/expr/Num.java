package gd.expr;

import java.math.BigInteger;
import java.util.List;

/**
 * A number: exact (an integer, or a rational that only the simplifier makes) or a double.
 * Arithmetic follows Python where the seed depends on it: exact op exact stays exact, anything
 * with a double is a double, and {@link #trueDiv} (the language's '/') always gives a double.
 */
public final class Num implements Expr {
    public static final Num ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1), TWO = of(2);

    private final BigInteger num, den;   // den == null: a double
    private final double dbl;
    private final int hash;

    private Num(BigInteger num, BigInteger den, double dbl) {
        this.num = num;
        this.den = den;
        this.dbl = dbl;
        this.hash = den == null ? Double.hashCode(dbl) * 17 + 1 : num.hashCode() * 31 + den.hashCode();
    }

    public static Num of(long n) { return of(BigInteger.valueOf(n)); }
    public static Num of(BigInteger n) { return Interner.intern(new Num(n, BigInteger.ONE, 0)); }
    public static Num of(double d) { return Interner.intern(new Num(null, null, d == 0 ? 0.0 : d)); }

    /** The exact rational p/q, reduced; q must not be zero. */
    public static Num rational(BigInteger p, BigInteger q) {
        if (q.equals(BigInteger.ONE)) return of(p);          // integers, the common case: no gcd
        if (q.signum() == 0) throw new ArithmeticException("division by zero");
        if (q.signum() < 0) { p = p.negate(); q = q.negate(); }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) { p = p.divide(g); q = q.divide(g); }
        return Interner.intern(new Num(p, q, 0));
    }

    public boolean isExact() { return den != null; }
    public boolean isInteger() { return den != null && den.equals(BigInteger.ONE); }
    public boolean isZero() { return den != null ? num.signum() == 0 : dbl == 0; }
    public boolean isOne() { return den != null ? num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE) : dbl == 1; }
    public int signum() { return den != null ? num.signum() : (int) Math.signum(dbl); }
    public BigInteger numerator() { return num; }
    public BigInteger denominator() { return den; }
    public double doubleValue() {
        return den == null ? dbl : den.equals(BigInteger.ONE) ? num.doubleValue() : ratioToDouble(num, den);
    }

    public long size() { return den == null || den.equals(BigInteger.ONE) ? 1 : 3; }   // p/q prints as (/ p q)
    public List<Expr> args() { return List.of(); }

    public Num negate() { return den == null ? of(-dbl) : rational(num.negate(), den); }

    public Num add(Num o) {
        if (isInteger() && o.isInteger()) return of(num.add(o.num));
        if (isExact() && o.isExact())
            return rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        return of(doubleValue() + o.doubleValue());
    }

    public Num sub(Num o) {
        if (isInteger() && o.isInteger()) return of(num.subtract(o.num));
        if (isExact() && o.isExact())
            return rational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        return of(doubleValue() - o.doubleValue());
    }

    /** The most bits an exact product may have, as for '**': beyond it one multiplication takes seconds and printing minutes. */
    public static final long MAX_BITS = 1_000_000;

    public Num mul(Num o) {
        if (isExact() && o.isExact() && (long) num.bitLength() + o.num.bitLength() > MAX_BITS)
            throw new ArithmeticException("this product is too large to compute exactly (over a million bits); write "
                    + "a float (like 3.0) for an approximate one");
        if (isInteger() && o.isInteger()) return of(num.multiply(o.num));
        if (isExact() && o.isExact()) return rational(num.multiply(o.num), den.multiply(o.den));
        return of(doubleValue() * o.doubleValue());
    }

    /** Python's '/': always a double. Division by zero throws ArithmeticException. */
    public Num trueDiv(Num o) {
        if (o.isZero()) throw new ArithmeticException("division by zero");
        if (isInteger() && o.isInteger()) return of(ratioToDouble(num, o.num));
        return of(doubleValue() / o.doubleValue());
    }

    /** Exact division where both are exact (the simplifier's), else a double. */
    public Num div(Num o) {
        if (o.isZero()) throw new ArithmeticException("division by zero");
        if (isExact() && o.isExact()) return rational(num.multiply(o.den), den.multiply(o.num));
        return of(doubleValue() / o.doubleValue());
    }

    /**
     * Python's '**': an exact base to a non-negative integer power stays exact (as does a rational
     * base to any integer power here, for the simplifier); otherwise a double. Doubles as {@link Op#pow}.
     */
    public Num pow(Num e) {
        if (isExact() && e.isInteger() && e.num.bitLength() < 31) {
            int k = e.num.intValue();
            if (k >= 0 && (long) k * Math.max(num.bitLength(), den.bitLength()) < 1_000_000)
                return rational(num.pow(k), den.pow(k));
            if (k < 0 && !isZero() && !isInteger())   // Python's int**-k is a float; rationals stay exact
                return rational(den.pow(-k), num.pow(-k));
        }
        if (isZero() && e.signum() < 0) throw new ArithmeticException(Op.powError(this, e));
        if (isInteger() && e.isInteger() && e.signum() > 0 && num.abs().compareTo(BigInteger.ONE) > 0)
            throw new ArithmeticException(NumFormat.format(this) + "**" + NumFormat.format(e)
                    + " is too large to compute exactly (over a million bits)");
        double b = doubleValue(), x = e.doubleValue();
        if (b < 0 && Op.POW.undefined(b, x)) throw new ArithmeticException(Op.powError(this, e));
        return of(Op.pow(b, x));
    }

    /** Python's int/int: the correctly rounded quotient, even for integers beyond 2^53. */
    private static double ratioToDouble(BigInteger p, BigInteger q) {
        if (p.bitLength() <= 53 && q.bitLength() <= 53) return p.doubleValue() / q.doubleValue();
        return new java.math.BigDecimal(p).divide(new java.math.BigDecimal(q),
                java.math.MathContext.DECIMAL128).doubleValue();
    }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Num n) || n.hash != hash) return false;
        return den == null ? n.den == null && Double.compare(dbl, n.dbl) == 0 : num.equals(n.num) && den.equals(n.den);
    }

    @Override public String toString() { return NumFormat.format(this); }
}
