package gd.expr;

import java.util.Random;

/**
 * Seeded random expressions over x and y for property tests: small integer constants (now and
 * then a float), + - * / **, small integer exponents (now and then a symbolic one), and the
 * functions of one argument. Built with {@link Builder#RAW}, as the language does. With piecewise,
 * also max, min and where over a comparison (max(x, x) among them: a tie everywhere), drawn so
 * that the other draws stay those of the plain generator's seed.
 */
public final class RandomExprs {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final Fn[] FNS = java.util.stream.Stream.of(Fn.values()).filter(f -> f.arity() == 1).toArray(Fn[]::new);
    private static final Fn[] PIECEWISE = {Fn.MAX, Fn.MIN, Fn.WHERE};
    private static final Fn[] COMPARISONS = {Fn.LT, Fn.LE, Fn.GT, Fn.GE};

    private final Random random;
    private final boolean piecewise, logBase;

    public RandomExprs(long seed) { this(seed, false); }

    public RandomExprs(long seed, boolean piecewise) { this(seed, piecewise, false); }

    /** With logBase, now and then log(u, v) as the language builds it, log(u)/log(v) (a stream of its own). */
    public RandomExprs(long seed, boolean piecewise, boolean logBase) {
        this.random = new Random(seed);
        this.piecewise = piecewise;
        this.logBase = logBase;
    }

    /** An expression at most depth levels deep (a leaf at depth 0). */
    public Expr next(int depth) {
        if (depth <= 0 || random.nextInt(5) == 0) return leaf();
        int pick = random.nextInt(piecewise ? 15 : 12);
        if (pick >= 12) return piece(depth);
        if (pick < 2 && logBase && random.nextInt(8) == 0)
            return build(Op.DIV, Builder.RAW.call(Fn.LOG, next(depth - 1)), Builder.RAW.call(Fn.LOG, next(depth - 1)));
        if (pick < 2) return Builder.RAW.call(FNS[random.nextInt(FNS.length)], next(depth - 1));
        if (pick < 4) return build(Op.POW, next(depth - 1), exponent(depth));
        Op op = Op.values()[random.nextInt(4)];
        return build(op, next(depth - 1), next(depth - 1));
    }

    private Expr piece(int depth) {
        Fn f = PIECEWISE[random.nextInt(PIECEWISE.length)];
        Expr a = next(depth - 1), b = random.nextInt(6) == 0 ? a : next(depth - 1);
        if (f != Fn.WHERE) return Builder.RAW.call(f, java.util.List.of(a, b));
        Expr c = Builder.RAW.call(COMPARISONS[random.nextInt(COMPARISONS.length)], java.util.List.of(next(depth - 1), next(depth - 1)));
        return Builder.RAW.call(f, java.util.List.of(c, a, b));
    }

    /** As the language builds it; where two numbers would fail to fold (1/0, 0**-1), the left one alone. */
    private static Expr build(Op op, Expr a, Expr b) {
        try {
            return Builder.RAW.apply(op, a, b);
        } catch (ArithmeticException e) {
            return a;
        }
    }

    private Expr exponent(int depth) {
        if (random.nextInt(8) == 0) return next(depth - 1);
        return Num.of(random.nextInt(5) - 1);
    }

    private Expr leaf() {
        int pick = random.nextInt(10);
        if (pick < 4) return X;
        if (pick < 6) return Y;
        if (pick < 9) return Num.of(random.nextInt(7) - 3);
        return Num.of((random.nextInt(40) - 20) / 4.0 + 0.125);
    }
}
