package gd.eval;

import gd.ast.GdError;
import gd.expr.Cancel;
import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;
import gd.expr.SExpr;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * val(e, env): the number an expression stands for, computed with the language's own number
 * rules (ints stay exact, so the seed's val(e) prints 10; '/' gives a float). Shared
 * subexpressions are evaluated once. A symbol with no value, a division by zero or a function
 * outside its domain is an error.
 * <p>Intermediate values are plain Long or Double boxes, not Num nodes: training evaluates
 * derivatives thousands of times, and building interned nodes for every partial result would
 * dominate. Only integers that overflow a long, and exact rationals, take the slower Num path.
 */
public final class Val {
    private final Function<Expr.Sym, Num> lookup;
    private final Map<Expr, Object> memo = new IdentityHashMap<>();
    private int steps;

    private Val(Function<Expr.Sym, Num> lookup) { this.lookup = lookup; }

    /** The value of e, where lookup gives each symbol's number (or null when it has none). */
    public static Num of(Expr e, Function<Expr.Sym, Num> lookup) { return toNum(new Val(lookup).val(e)); }

    /** The error for a symbol with no value, wherever a number is wanted for it. */
    public static GdError unvalued(Expr.Sym s) {
        return GdError.run(GdError.Reason.UNVALUED, "'" + s.name() + "' has no value here; give it one, e.g. {"
                + s.name() + ": 1}");
    }

    private Object val(Expr e) {
        if (e instanceof Num n) return fromNum(n);
        Object done = memo.get(e);
        if (done != null) return done;
        if ((++steps & 0xFFF) == 0) Cancel.check();
        Object r = compute(e);
        memo.put(e, r);
        return r;
    }

    private Object compute(Expr e) {
        if (e instanceof Expr.Sym s) {
            Num v = lookup.apply(s);
            if (v == null && s.isConstant()) return s.value();
            if (v == null) throw unvalued(s);
            return fromNum(v);
        }
        if (e instanceof Expr.Call c && c.fn().arity() > 1) return piecewise(c);
        if (e instanceof Expr.Call c) return function(c, val(c.arg()));
        if (e instanceof Expr.Apply a && a.data() != null) return rows(a);
        if (e instanceof Expr.Apply a) {
            Object acc = val(a.args().get(0));
            for (int i = 1; i < a.args().size(); i++) acc = operator(a, acc, val(a.args().get(i)));
            return acc;
        }
        throw new AssertionError(e);
    }

    /** A data sum: its body's value on each row, with the row's numbers for the placeholders, added up in the seed's order. */
    private Object rows(Expr.Apply a) {
        DataSum ds = a.data();
        Object acc = val(ds.start());
        for (int i = 0; i < a.rows(); i++) {
            if ((i & 0x3FF) == 0) Cancel.check();
            int row = i;
            Val one = new Val(s -> {
                int c = ds.column(s);
                return c >= 0 ? ds.num(c, row) : lookup.apply(s);
            });
            acc = operator(a, acc, one.val(ds.body()));
        }
        return acc;
    }

    private static Object operator(Expr.Apply a, Object x, Object y) {
        if (x instanceof Double || y instanceof Double) return real(a, dbl(x), dbl(y));
        if (x instanceof Long p && y instanceof Long q) {
            try {
                switch (a.op()) {
                    case ADD: return Math.addExact(p, q);
                    case SUB: return Math.subtractExact(p, q);
                    case MUL: return Math.multiplyExact(p, q);
                    case DIV:
                        if (q == 0) throw zero(a);
                        if (Math.abs(p) < (1L << 53) && Math.abs(q) < (1L << 53)) return (double) p / (double) q;
                        break;
                    case POW:
                        if (q >= 0 && q < 64) return powExact(p, q);
                        break;
                }
            } catch (ArithmeticException overflow) {
                // falls through to exact big-integer arithmetic, as Python's ints would
            }
        }
        return exact(a, toNum(x), toNum(y));
    }

    private static Object real(Expr.Apply a, double x, double y) {
        if (a.op().undefined(x, y)) throw a.op() == Op.DIV ? zero(a) : undefined(Op.powError(Num.of(x), Num.of(y)));
        return a.op().apply(x, y);
    }

    private static Object exact(Expr.Apply a, Num x, Num y) {
        Num r = switch (a.op()) {
            case ADD -> x.add(y);
            case SUB -> x.sub(y);
            case MUL -> x.mul(y);
            case DIV -> {
                if (y.isZero()) throw zero(a);
                yield x.isInteger() && y.isInteger() ? x.trueDiv(y)
                        : x.div(y);   // a rational the simplifier made stays exact
            }
            case POW -> {
                if (x.isZero() && y.signum() < 0) throw undefined(Op.powError(x, y));
                yield x.pow(y);
            }
        };
        return fromNum(r);
    }

    private static long powExact(long base, long exp) {
        long r = 1;
        for (long i = 0; i < exp; i++) r = Math.multiplyExact(r, base);
        return r;
    }

    private static GdError zero(Expr.Apply a) {
        return undefined("division by zero: the denominator " + SExpr.print(a.right(), 40) + " is 0 here");
    }

    private static GdError undefined(String message) { return GdError.run(GdError.Reason.UNDEFINED, message); }

    /** where computes only the side it takes (where(x > 0, log(x), 0) is 0 at x = -1); max, min and comparisons stay exact on exact numbers. */
    private Object piecewise(Expr.Call c) {
        Object x = val(c.args().get(0));
        if (c.fn() == gd.expr.Fn.WHERE) return val(c.args().get(dbl(x) != 0 ? 1 : 2));
        Object y = val(c.args().get(1));
        Expr exact = c.fn().exactAt(java.util.List.of(toNum(x), toNum(y)));
        return exact instanceof Num n ? fromNum(n) : c.fn().apply(dbl(x), dbl(y), 0.0);
    }

    private static Object function(Expr.Call c, Object arg) {
        double v = dbl(arg);
        if (!c.fn().defined(v)) throw undefined(c.fn().domainError(Values.show(toNum(arg))));
        return c.fn().apply(v);
    }

    private static Object fromNum(Num n) {
        if (!n.isExact()) return n.doubleValue();
        if (n.isInteger() && n.numerator().bitLength() < 63) return n.numerator().longValue();
        return n;
    }

    private static Num toNum(Object v) {
        if (v instanceof Long l) return Num.of(l);
        if (v instanceof Double d) return Num.of(d);
        return (Num) v;
    }

    private static double dbl(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        return ((Num) v).doubleValue();
    }
}
