package gd.expr;

import java.util.Random;

/**
 * Seeded random expressions over x and y for property tests: small integer constants (now and
 * then a float), + - * / **, small integer exponents (now and then a symbolic one), and the
 * functions exp, log, sin, cos, tanh, sqrt. Built with {@link Builder#RAW}, as the language does.
 */
public final class RandomExprs {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final Fn[] FNS = Fn.values();

    private final Random random;

    public RandomExprs(long seed) { this.random = new Random(seed); }

    /** An expression at most depth levels deep (a leaf at depth 0). */
    public Expr next(int depth) {
        if (depth <= 0 || random.nextInt(5) == 0) return leaf();
        int pick = random.nextInt(12);
        if (pick < 2) return Builder.RAW.call(FNS[random.nextInt(FNS.length)], next(depth - 1));
        if (pick < 4) return build(Op.POW, next(depth - 1), exponent(depth));
        Op op = Op.values()[random.nextInt(4)];
        return build(op, next(depth - 1), next(depth - 1));
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
