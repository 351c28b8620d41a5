package gd.grad;

import gd.diff.Derivative;
import gd.eval.Val;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.RandomExprs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reverse mode against the symbolic derivative, on random expressions and on a million-point loss. */
class TapeTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");

    /** Two independent oracles: the tape's gradient equals d(e, x) evaluated by val, to 1e-12 relative. */
    @Test
    void agreesWithSymbolicDerivativeOnRandomExpressions() {
        RandomExprs gen = new RandomExprs(42);
        Random points = new Random(7);
        int compared = 0;
        for (int i = 0; i < 3000; i++) {
            Expr e = gen.next(5);
            double x = points.nextDouble() * 3 - 1.5, y = points.nextDouble() * 3 - 1.5;
            Map<Expr.Sym, Num> at = Map.of(X, Num.of(x), Y, Num.of(y));
            double[] grad = new double[2];
            double value = Tape.compile(e, List.of(X, Y)).evaluate(new double[]{x, y}, grad);
            double dx = symbolic(e, X, at), dy = symbolic(e, Y, at);
            if (!Double.isFinite(value) || !Double.isFinite(dx) || !Double.isFinite(dy)) continue;
            assertEquals(dx, grad[0], 1e-12 * Math.max(1, Math.abs(dx)), () -> "d/dx of " + e + " at " + at);
            assertEquals(dy, grad[1], 1e-12 * Math.max(1, Math.abs(dy)), () -> "d/dy of " + e + " at " + at);
            compared++;
        }
        assertTrue(compared > 1500, "compared " + compared);
    }

    /** The same with max, min and where: the tape's partials at a tie and its untaken sides (nan there) agree with d's. */
    @Test
    void agreesWithSymbolicDerivativeWithPiecewise() {
        RandomExprs gen = new RandomExprs(42, true);
        Random points = new Random(7);
        int compared = 0, piecewise = 0;
        for (int i = 0; i < 3000; i++) {
            Expr e = gen.next(5);
            double x = points.nextDouble() * 3 - 1.5, y = points.nextDouble() * 3 - 1.5;
            Map<Expr.Sym, Num> at = Map.of(X, Num.of(x), Y, Num.of(y));
            double[] grad = new double[2];
            double value = Tape.compile(e, List.of(X, Y)).evaluate(new double[]{x, y}, grad);
            double dx = symbolic(e, X, at), dy = symbolic(e, Y, at);
            if (!Double.isFinite(value) || !Double.isFinite(dx) || !Double.isFinite(dy)) continue;
            // 1e-9, not 1e-12: d and the tape associate a chain's products differently, which matters where a
            // derivative is a cancelling sum (d(8/(y/y)) ~ 1e-12) times a large outer slope; a wrong branch or tie is off by O(1)
            assertEquals(dx, grad[0], 1e-9 * Math.max(1, Math.abs(dx)), () -> "d/dx of " + e + " at " + at);
            assertEquals(dy, grad[1], 1e-9 * Math.max(1, Math.abs(dy)), () -> "d/dy of " + e + " at " + at);
            compared++;
            if (!gd.simplify.Eval.branches(e, x, y).isEmpty()) piecewise++;
        }
        assertTrue(compared > 1500 && piecewise > 500, "compared " + compared + ", with max, min or where " + piecewise);
    }

    private static double symbolic(Expr e, Expr.Sym s, Map<Expr.Sym, Num> at) {
        try {
            return Val.of(Derivative.raw(e, s), at::get).doubleValue();
        } catch (RuntimeException outsideDomain) {
            return Double.NaN;
        }
    }

    @Test
    void sharedNodesAccumulateTheirAdjoints() {
        Expr u = Builder.RAW.mul(X, Y);                     // used twice: (u + u) * u = 2 x²y²
        Expr e = Builder.RAW.mul(Builder.RAW.add(u, u), u);
        double[] g = new double[2];
        Tape tape = Tape.compile(e, List.of(X, Y));
        assertEquals(5, tape.size());                      // x, y, u, u+u, and the product: u once
        assertEquals(2 * 9 * 4.0, tape.evaluate(new double[]{3, 2}, g));
        assertEquals(4 * 3 * 4.0, g[0]);                   // d/dx 2x²y² = 4xy²
        assertEquals(4 * 9 * 2.0, g[1]);                   // d/dy = 4x²y
    }

    @Test
    void aSymbolThatIsNotAParameterIsNamed() {
        var err = assertThrows(gd.ast.GdError.class, () -> Tape.compile(Builder.RAW.add(X, Y), List.of(X)));
        assertTrue(err.getMessage().contains("'y'"), err.getMessage());
    }

    /** A 200,000-point loss (a sum nested 200,000 deep): laid out, run forward and backward without recursion (this thread has a normal stack). */
    @Test
    void aDeepLossNeedsNoRecursion() {
        Expr.Sym m = Expr.sym("m"), b = Expr.sym("b");
        Builder r = Builder.RAW;
        int n = 200_000;                                    // deep enough that any recursion would overflow; 1,000,000 is in the benchmarks
        Expr acc = Num.ZERO;
        for (int i = 0; i < n; i++) {
            Num x = Num.of(i * (2.0 / (n - 1)) - 1.0);
            acc = r.add(acc, r.pow(r.sub(r.add(r.mul(m, x), b), Num.of(2 * x.doubleValue() + 1)), Num.TWO));
        }
        Tape tape = Tape.compile(r.div(acc, Num.of(n)), List.of(m, b));
        double[] g = new double[2];
        double loss = tape.evaluate(new double[]{0, 0}, g);
        assertEquals(1 + 4.0 * (n + 1) / (3.0 * (n - 1)), loss, 1e-9);   // mean of (2x+1)² over the grid
        assertEquals(-2 * 2.0 * (n + 1) / (3.0 * (n - 1)), g[0], 1e-9);   // -2·mean(x(2x+1)) = -4·mean(x²)
        assertEquals(-2.0, g[1], 1e-9);                                  // -2·mean(2x+1)
    }
}
