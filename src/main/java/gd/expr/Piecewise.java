package gd.expr;

import java.util.List;

/**
 * The functions of several arguments, max, min, where and the comparisons, with PyTorch's
 * conventions where they are not differentiable: the one home of their values, partials,
 * derivatives and exact folds, which {@link Fn} hands on to. A comparison a &gt; b is a number, 1
 * where it holds and 0 where not (an Iverson bracket), so that where(c, a, b) takes any
 * expression as its condition, true where it is not 0, and d needs no new kind of value.
 */
final class Piecewise {
    private Piecewise() {}

    /** f(x, y, z): max and min propagate nan, as Math.max and PyTorch's maximum do; a comparison with nan is 0. */
    static double value(Fn f, double x, double y, double z) {
        return switch (f) {
            case MAX -> Math.max(x, y);
            case MIN -> Math.min(x, y);
            case WHERE -> x != 0 ? y : z;
            case LT -> x < y ? 1.0 : 0.0;
            case LE -> x <= y ? 1.0 : 0.0;
            case GT -> x > y ? 1.0 : 0.0;
            case GE -> x >= y ? 1.0 : 0.0;
            default -> throw new IllegalStateException(f + " takes one argument");
        };
    }

    /**
     * ∂f/∂(argument i). max and min follow the argument they pick, and at a tie give each half, as
     * PyTorch's maximum and minimum do; where passes its adjoint to the branch it took only; a
     * comparison, flat on both sides of its jump, has partials 0 (PyTorch's, for a step).
     */
    static double partial(Fn f, int i, double x, double y, double z) {
        return switch (f) {
            case MAX -> i == 0 ? pick(x, y) : pick(y, x);
            case MIN -> i == 0 ? pick(y, x) : pick(x, y);
            case WHERE -> i == 0 ? 0.0 : (x != 0) == (i == 1) ? 1.0 : 0.0;
            case LT, LE, GT, GE -> 0.0;
            default -> throw new IllegalStateException(f + " takes one argument");
        };
    }

    /** ∂max(a, b)/∂a: 1 where a is larger, 0 where smaller, 1/2 at a tie. */
    private static double pick(double a, double b) { return a > b ? 1.0 : a < b ? 0.0 : 0.5; }

    /**
     * d f(args), given the arguments' derivatives: d max(u, v) = where(u > v, du, where(u < v,
     * dv, (du + dv)/2)) (min with the comparisons turned round), d where(c, u, v) = where(c, du,
     * dv), and 0 for a comparison. Where du and dv are the same, that is du.
     */
    static Expr derivative(Fn f, List<Expr> args, List<Expr> dargs, Builder b) {
        if (f.isComparison()) return Num.ZERO;
        if (f == Fn.WHERE) return b.call(Fn.WHERE, List.of(args.get(0), dargs.get(1), dargs.get(2)));
        Expr u = args.get(0), v = args.get(1), du = dargs.get(0), dv = dargs.get(1);
        if (du == dv) return du;
        Fn first = f == Fn.MAX ? Fn.GT : Fn.LT, other = f == Fn.MAX ? Fn.LT : Fn.GT;
        Expr tie = b.call(Fn.WHERE, List.of(b.call(other, List.of(u, v)), dv, b.div(b.add(du, dv), Num.TWO)));
        return b.call(Fn.WHERE, List.of(b.call(first, List.of(u, v)), du, tie));
    }

    /**
     * f(args) as a simpler expression where that is exact, else null: numbers compare and pick
     * exactly (max(1/2, 1/3) is 1/2), where with a number for its condition is the branch it
     * takes, and max(a, a), min(a, a) and where(c, a, a) are a.
     */
    static Expr fold(Fn f, List<Expr> args) {
        Expr x = args.get(0), y = args.get(1);
        if (f == Fn.WHERE) {
            if (x instanceof Num c && !Double.isNaN(c.doubleValue())) return c.isZero() ? args.get(2) : y;
            return y == args.get(2) ? y : null;
        }
        if ((f == Fn.MAX || f == Fn.MIN) && x == y) return x;
        if (!(x instanceof Num a) || !(y instanceof Num c) || Double.isNaN(a.doubleValue())
                || Double.isNaN(c.doubleValue()))
            return null;
        int cmp = a.isExact() && c.isExact() ? a.sub(c).signum() : Double.compare(a.doubleValue(), c.doubleValue());
        if (cmp == 0 && !a.equals(c) && !f.isComparison())
            return null;    // 0.0 and -0.0, 1 and 1.0: which one max gives is not exact
        return switch (f) {
            case MAX -> cmp >= 0 ? a : c;
            case MIN -> cmp <= 0 ? a : c;
            case LT -> truth(cmp < 0);
            case LE -> truth(cmp <= 0);
            case GT -> truth(cmp > 0);
            case GE -> truth(cmp >= 0);
            default -> null;
        };
    }

    private static Num truth(boolean b) { return b ? Num.ONE : Num.ZERO; }

    /** What :help says about each, with the conventions at ties and jumps. */
    static String note(Fn f) {
        String at = "; at a tie (a = b) its derivative takes half of each side, as PyTorch's "
                + (f == Fn.MAX ? "maximum" : "minimum")
                + " does (so d(" + f.fnName() + "(x, 0), x) is 1/2 at 0, where relu'(0) is 0); " + f.fnName()
                + "(a, b, c) is " + f.fnName() + "(" + f.fnName() + "(a, b), c)";
        return switch (f) {
            case MAX -> "max(a, b) of expressions is an expression whose derivative follows the larger side" + at;
            case MIN -> "min(a, b) of expressions is an expression whose derivative follows the smaller side" + at;
            case WHERE -> "where(c, a, b) is a where the condition c holds, else b; c is a comparison of expressions "
                    + "(x > 0, x <= y: 1 where it holds, 0 where not) or any expression, which holds where it is "
                    + "not 0; d(where(c, a, b)) is where(c, da, db), the jump itself adding nothing, as in PyTorch; "
                    + "val computes only the side it takes";
            default -> "1 where the comparison holds, 0 where not; its derivative is taken to be 0, as PyTorch does "
                    + "for a step";
        };
    }
}
