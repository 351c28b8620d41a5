package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A tiny test-only evaluator in x and y (gd's own evaluator is elsewhere): IEEE doubles, no
 * errors, so a pole or a log of a negative gives inf or nan, which the tests skip. Once a part is
 * not finite the whole is nan: sign, tanh or sigmoid of a pole would otherwise give a finite
 * number for an undefined expression, on which a rewrite may rightly disagree. Memoized on
 * identity, so shared graphs evaluate in linear time.
 */
public final class Eval {
    private final double x, y;
    private final Map<Expr, Double> memo = new IdentityHashMap<>();

    private Eval(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public static double at(Expr e, double x, double y) { return new Eval(x, y).eval(e); }

    private double eval(Expr e) {
        Double done = memo.get(e);
        if (done != null) return done;
        double v = compute(e);
        memo.put(e, v);
        return v;
    }

    private double compute(Expr e) {
        if (e instanceof Num n) return n.doubleValue();
        if (e instanceof Expr.Sym s) return s.name().equals("x") ? x : s.name().equals("y") ? y : Double.NaN;
        if (e instanceof Expr.Call c) return defined(c.fn().apply(defined(eval(c.arg()))));
        if (e instanceof Expr.Apply a) {
            double acc = defined(eval(a.left()));
            for (int i = 1; i < a.args().size(); i++) acc = defined(op(a, acc, defined(eval(a.args().get(i)))));
            return acc;
        }
        throw new AssertionError(e);
    }

    private static double defined(double v) { return Double.isFinite(v) ? v : Double.NaN; }

    private static double op(Expr.Apply a, double l, double r) {
        return switch (a.op()) {
            case ADD -> l + r;
            case SUB -> l - r;
            case MUL -> l * r;
            case DIV -> l / r;
            case POW -> r == 2 ? l * l : StrictMath.pow(l, r);
        };
    }
}
