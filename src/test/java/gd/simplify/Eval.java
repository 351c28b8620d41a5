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
        if (e instanceof Expr.Call c && c.fn() == gd.expr.Fn.WHERE) return eval(c.args().get(eval(c.arg()) != 0 ? 1 : 2));
        if (e instanceof Expr.Call c && c.fn().arity() == 2) return defined(c.fn().apply(defined(eval(c.arg())), defined(eval(c.args().get(1))), 0));
        if (e instanceof Expr.Call c) return defined(c.fn().apply(defined(eval(c.arg()))));
        if (e instanceof Expr.Apply a) {
            double acc = defined(eval(a.left()));
            for (int i = 1; i < a.args().size(); i++) acc = defined(op(a, acc, defined(eval(a.args().get(i)))));
            return acc;
        }
        throw new AssertionError(e);
    }

    private static double defined(double v) { return Double.isFinite(v) ? v : Double.NaN; }

    /**
     * Which way each max, min and comparison in e goes at (x, y) (-1, 0 for a tie, 1), in one
     * order: where two nearby points differ, a kink lies between them.
     */
    public static java.util.List<Integer> branches(Expr e, double x, double y) {
        Eval at = new Eval(x, y);
        java.util.List<Integer> out = new java.util.ArrayList<>();
        java.util.Set<Expr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!todo.isEmpty()) {
            Expr n = todo.pop();
            if (!seen.add(n)) continue;
            if (n instanceof Expr.Call c && c.fn().arity() == 2) out.add((int) Math.signum(at.eval(c.arg()) - at.eval(c.args().get(1))));
            n.args().forEach(todo::push);
        }
        return out;
    }

    /** How near (x, y) is to a kink of e: the smallest relative gap between the two sides of a max, min or comparison (inf if none). */
    public static double gap(Expr e, double x, double y) {
        Eval at = new Eval(x, y);
        double gap = Double.POSITIVE_INFINITY;
        java.util.Set<Expr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!todo.isEmpty()) {
            Expr n = todo.pop();
            if (!seen.add(n)) continue;
            if (n instanceof Expr.Call c && c.fn().arity() == 2) {
                double a = at.eval(c.arg()), b = at.eval(c.args().get(1));
                gap = Math.min(gap, Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b))));
            }
            n.args().forEach(todo::push);
        }
        return gap;
    }

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
