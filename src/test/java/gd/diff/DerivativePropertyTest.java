package gd.diff;

import gd.expr.Expr;
import gd.expr.RandomExprs;
import gd.expr.SExpr;
import gd.simplify.Eval;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** d agrees with a central finite difference (raw, and tidy then simplified) on 300 random expressions. */
class DerivativePropertyTest {
    static final Expr.Sym X = Expr.sym("x");
    static final double[][] POINTS = {{0.7, -1.3}, {2.1, 0.37}, {-0.55, 1.9}, {1.4, 2.6}};

    @TestFactory
    Stream<DynamicTest> derivativeMatchesFiniteDifference() {
        return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed).next(4);
            Expr simple = Simplifier.simplify(Derivative.tidy(e, X)), raw;
            try {
                raw = Derivative.raw(e, X);
            } catch (ArithmeticException divisionByZero) {   // the seed's raw d raises on x/0, as Python does
                raw = null;
            }
            for (double[] p : POINTS) {
                if (raw != null) check(e, raw, p, "raw");
                check(e, simple, p, "tidy+simplify " + SExpr.print(simple));
            }
        }));
    }

    /**
     * With max, min and where: d agrees with a central difference at points where no kink lies
     * within the difference's step (each max, min and comparison goes the same way at p - h, p and
     * p + h; a tie that holds at all three, as in max(x, x), is no kink).
     */
    @org.junit.jupiter.api.Test
    void piecewiseDerivativeMatchesFiniteDifferenceAwayFromKinks() {
        int compared = 0;
        for (long seed = 0; seed < 400; seed++) {
            Expr e = new RandomExprs(seed, true).next(4);
            if (gd.simplify.Eval.branches(e, 0, 0).isEmpty()) continue;
            Expr simple = Simplifier.simplify(Derivative.tidy(e, X)), raw;
            try {
                raw = Derivative.raw(e, X);
            } catch (ArithmeticException divisionByZero) {
                raw = simple;
            }
            for (double[] p : POINTS) {
                java.util.List<Integer> here = gd.simplify.Eval.branches(e, p[0], p[1]);
                if (!here.equals(gd.simplify.Eval.branches(e, p[0] - 1e-4, p[1])) || !here.equals(gd.simplify.Eval.branches(e, p[0] + 1e-4, p[1]))) continue;
                check(e, raw, p, "raw " + SExpr.print(raw));
                check(e, simple, p, "tidy+simplify " + SExpr.print(simple));
                compared++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 300, "compared only " + compared);
    }

    private static void check(Expr e, Expr d, double[] p, String what) {
        double got = Eval.at(d, p[0], p[1]);
        if (!Double.isFinite(got)) return;
        for (double h = 1e-4; h >= 1e-7; h /= 10) {
            double hi = Eval.at(e, p[0] + h, p[1]), lo = Eval.at(e, p[0] - h, p[1]);
            if (!Double.isFinite(hi) || !Double.isFinite(lo)) return;
            double fd = (hi - lo) / (2 * h);
            if (Math.abs(fd - got) <= 1e-4 * Math.max(1, Math.abs(got))) return;
        }
        fail(what + " at " + p[0] + "," + p[1] + ": d = " + got + " for " + SExpr.print(e));
    }
}
