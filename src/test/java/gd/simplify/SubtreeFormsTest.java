package gd.simplify;

import gd.diff.Derivative;
import gd.expr.Expr;
import gd.expr.RandomExprs;
import gd.expr.SExpr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical form is kept per subtree (issue 11, item 1): on random expressions at depth 5
 * over every function (max, min and where too, and log with a base), simplify and d never leave a fallback's junk
 * ({@link Junk}), never grow, keep the value, and are idempotent: simplify(simplify(e)) is
 * simplify(e) and simplify(d(e, x)) is d(e, x).
 */
class SubtreeFormsTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final int CASES = 400;

    @TestFactory
    Stream<DynamicTest> simplify() {
        return LongStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed, true, true).next(5);
            check(e, Simplifier.simplify(e), "simplify");
        }));
    }

    @TestFactory
    Stream<DynamicTest> derivative() {
        return LongStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Expr e = new RandomExprs(seed, true, true).next(5);
            Expr.Sym v = seed % 2 == 0 ? X : Y;
            Expr tidy = Derivative.tidy(e, v), d = Simplifier.simplify(tidy);
            check(tidy, d, "d(" + SExpr.print(e) + ", " + v + ")");
        }));
    }

    private static void check(Expr in, Expr out, String what) {
        String where = what + ": " + SExpr.print(in) + "  =>  " + SExpr.print(out);
        assertTrue(out.size() <= in.size(), "grew: " + where);
        Expr junk = Junk.find(out);
        assertNull(junk, () -> "junk " + SExpr.print(junk) + " in " + where);
        Expr again = Simplifier.simplify(out);
        assertSame(out, again, () -> "not idempotent: " + where + "  =>  " + SExpr.print(again));
        for (double[] p : SimplifierPropertyTest.POINTS)     // not within 1e-6 of a kink of max, min or where (or where a side is undefined)
            if (Eval.gap(in, p[0], p[1]) > 1e-6) SimplifierPropertyTest.assertClose(Eval.at(in, p[0], p[1]), Eval.at(out, p[0], p[1]), where);
    }
}
