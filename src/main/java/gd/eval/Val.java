package gd.eval;

import gd.ast.GdError;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * val(e, env): the number an expression stands for, computed with the language's own number
 * rules (ints stay exact, so the seed's val(e) prints 10). Shared subexpressions are evaluated
 * once. A symbol with no value, a division by zero or a function outside its domain is an error.
 */
public final class Val {
    private final Function<Expr.Sym, Num> lookup;
    private final Map<Expr, Num> memo = new IdentityHashMap<>();
    private int steps;

    private Val(Function<Expr.Sym, Num> lookup) { this.lookup = lookup; }

    /** The value of e, where lookup gives each symbol's number (or null when it has none). */
    public static Num of(Expr e, Function<Expr.Sym, Num> lookup) { return new Val(lookup).val(e); }

    private Num val(Expr e) {
        if (e instanceof Num n) return n;
        Num done = memo.get(e);
        if (done != null) return done;
        if ((++steps & 0xFFF) == 0) Cancel.check();
        Num r = compute(e);
        memo.put(e, r);
        return r;
    }

    private Num compute(Expr e) {
        if (e instanceof Expr.Sym s) {
            Num v = lookup.apply(s);
            if (v == null) throw GdError.run("'" + s.name() + "' has no value here; give it one, e.g. {" + s.name() + ": 1}");
            return v;
        }
        if (e instanceof Expr.Call c) return function(c, val(c.arg()));
        if (e instanceof Expr.Apply a) {
            Num acc = val(a.args().get(0));
            for (int i = 1; i < a.args().size(); i++) acc = operator(a, acc, val(a.args().get(i)));
            return acc;
        }
        throw new AssertionError(e);
    }

    private static Num operator(Expr.Apply a, Num x, Num y) {
        return switch (a.op()) {
            case ADD -> x.add(y);
            case SUB -> x.sub(y);
            case MUL -> x.mul(y);
            case DIV -> {
                if (y.isZero()) throw GdError.run("division by zero: the denominator " + gd.expr.SExpr.print(a.right(), 40) + " is 0 here");
                yield x.isExact() && y.isExact() && !(x.isInteger() && y.isInteger()) ? x.div(y) : x.trueDiv(y);
            }
            case POW -> {
                if (x.isZero() && y.signum() < 0) throw GdError.run("0 cannot be raised to a negative power");
                yield x.pow(y);
            }
        };
    }

    private static Num function(Expr.Call c, Num x) {
        double v = x.doubleValue();
        switch (c.fn()) {
            case LOG -> { if (v <= 0) throw GdError.run("log is only defined for positive numbers, and its argument is " + x + " here"); }
            case SQRT -> { if (v < 0) throw GdError.run("sqrt is only defined for numbers >= 0, and its argument is " + x + " here"); }
            default -> { }
        }
        return Num.of(c.fn().apply(v));
    }
}
