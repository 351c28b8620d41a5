package gd.simplify;

import gd.expr.Expr;
import gd.expr.RandomExprs;
import gd.expr.SExpr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** simplify keeps the value, is idempotent and never grows the tree, on 300 seeded random expressions. */
class SimplifierPropertyTest {
    static final double[][] POINTS = {{0.7, -1.3}, {2.1, 0.37}, {-0.55, 1.9}, {1.4, 2.6}, {-2.3, -0.8}, {0.2, 0.45}};

    @TestFactory
    Stream<DynamicTest> simplifyKeepsValueSizeAndIsIdempotent() {
        return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed).next(4);
            Expr s = Simplifier.simplify(e);
            String where = SExpr.print(e) + "  =>  " + SExpr.print(s);
            assertTrue(s.size() <= e.size(), "grew: " + where);
            assertSame(s, Simplifier.simplify(s), "not idempotent: " + where + "  =>  " + SExpr.print(Simplifier.simplify(s)));
            for (double[] p : POINTS) assertClose(Eval.at(e, p[0], p[1]), Eval.at(s, p[0], p[1]), where);
        }));
    }

    /** The same for expressions with max, min and where, at points not within 1e-6 of a kink (where rounding may take the other side). */
    @TestFactory
    Stream<DynamicTest> simplifyKeepsValueSizeAndIsIdempotentWithPiecewise() {
        return LongStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed, true).next(4);
            Expr s = Simplifier.simplify(e);
            String where = SExpr.print(e) + "  =>  " + SExpr.print(s);
            assertTrue(s.size() <= e.size(), "grew: " + where);
            assertSame(s, Simplifier.simplify(s), "not idempotent: " + where + "  =>  " + SExpr.print(Simplifier.simplify(s)));
            for (double[] p : POINTS) if (Eval.gap(e, p[0], p[1]) > 1e-6) assertClose(Eval.at(e, p[0], p[1]), Eval.at(s, p[0], p[1]), where);
        }));
    }

    /** Equal within 1e-9 relative (1e-9 absolute near 0), wherever both are finite. */
    static void assertClose(double want, double got, String where) {
        if (!Double.isFinite(want) || !Double.isFinite(got)) return;
        double tol = 1e-9 * Math.max(1, Math.max(Math.abs(want), Math.abs(got)));
        if (Math.abs(want - got) > tol) fail(want + " != " + got + ": " + where);
    }

    @TestFactory
    Stream<DynamicTest> traceReportsRealRewritesEndingInTheResult() {
        return LongStream.range(0, 100).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed).next(4);
            java.util.List<Expr> afters = new java.util.ArrayList<>();
            Expr s = Simplifier.simplify(e, (rule, before, after) -> {
                assertTrue(before != after && !rule.isEmpty(), rule);
                for (double[] p : POINTS) assertClose(Eval.at(before, p[0], p[1]), Eval.at(after, p[0], p[1]), rule);
                afters.add(after);
            });
            assertEquals(s, Simplifier.simplify(e));
            if (s != e) assertTrue(!afters.isEmpty());
        }));
    }
}
