package gd.train;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Losses built the seed's way (sum from 0, then / N, with the language's raw operators), for tests. */
final class Losses {
    private Losses() {}

    static final Builder B = Builder.RAW;

    /** sum((model(x) - target(x))**2 for x in xs) / len(xs), the model a polynomial with the given coefficients, highest first. */
    static Expr polynomial(List<Expr.Sym> coefficients, long[] xs, DoubleUnaryOperator target) {
        Expr acc = Num.ZERO;
        for (long x : xs) {
            Expr model = null;
            int degree = coefficients.size() - 1;
            for (int k = 0; k <= degree; k++) {
                Expr term = k == degree ? coefficients.get(k) : B.mul(coefficients.get(k), B.pow(Num.of(x), Num.of(degree - k)));
                model = model == null ? term : B.add(model, term);
            }
            acc = B.add(acc, B.pow(B.sub(model, Num.of((long) target.applyAsDouble(x))), Num.TWO));
        }
        return B.div(acc, Num.of(xs.length));
    }

    static final Expr.Sym M = Expr.sym("m"), BB = Expr.sym("b"), A = Expr.sym("a"), C = Expr.sym("c");

    /** The seed's line loss: xs = [-2, 3], target 2x + 1, model m*x + b. */
    static Expr line() { return polynomial(List.of(M, BB), new long[]{-2, 3}, x -> 2 * x + 1); }

    /** The parabola of quadratic.md: target 3x² - 2x + 1, model a*x² + b*x + c. */
    static Expr parabola(long[] xs) { return polynomial(List.of(A, BB, C), xs, x -> 3 * x * x - 2 * x + 1); }
}
