package gd.teach;

import gd.diff.Derivative;
import gd.eval.Builtin;
import gd.eval.Val;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.SExpr;
import gd.grad.Tape;
import gd.session.Session;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static gd.teach.NotationsTest.gd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Fn through every place that must know it: the printers (S-expression, infix, LaTeX), both
 * readers (sexpr and gd's parser), the tape, explain and the built-ins that :help lists. A new
 * constant that one of them does not handle fails here, by name.
 */
class FnEntryTest {
    private static final Expr.Sym X = Expr.sym("x"), U = Expr.sym("u");
    private static final double[] POINTS = {-2.3, -0.6, 0.3, 0.8, 1.7, 3.1};
    /** LaTeX commands that exist in plain LaTeX (amsmath for \operatorname). */
    private static final Set<String> LATEX = Set.of("exp", "log", "ln", "sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos",
            "arctan", "sinh", "cosh", "tanh", "coth", "sqrt", "left", "right", "operatorname", "pi", "sigma", "lvert", "rvert", "max", "min");

    @TestFactory
    Stream<DynamicTest> everyFunctionIsKnownEverywhere() {
        return Stream.of(Fn.values()).flatMap(fn -> Stream.of(
                DynamicTest.dynamicTest(fn + " prints and reads back as an S-expression", () -> sexpr(fn)),
                DynamicTest.dynamicTest(fn + " prints as infix that gd reads back", () -> infix(fn)),
                DynamicTest.dynamicTest(fn + " prints as real LaTeX", () -> latex(fn)),
                DynamicTest.dynamicTest(fn + " on the tape agrees with d", () -> tape(fn)),
                DynamicTest.dynamicTest(fn + "'s numeric slope is its outer derivative's value", () -> slope(fn)),
                DynamicTest.dynamicTest(fn + "'s derivative agrees with a finite difference", () -> finiteDifference(fn)),
                DynamicTest.dynamicTest(fn + " is explained", () -> explain(fn)),
                DynamicTest.dynamicTest(fn + " is a built-in with help", () -> help(fn))));
    }

    @org.junit.jupiter.api.Test
    void domainErrorsSayWhereAndWhy() {
        gd.GdRun r = gd.GdRun.exprs("params x\ny = 1 + asin(2)");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains(":2:9: error: asin is only defined for numbers from -1 to 1, and its argument is 2 here"), r.err());
        r = gd.GdRun.exprs("params x\nval(atanh(x), {x: 1})");
        assertTrue(r.err().contains("atanh is only defined for numbers strictly between -1 and 1, and its argument is 1 here"), r.err());
        r = gd.GdRun.exprs("cot(0)");
        assertTrue(r.err().contains("cot is only defined for numbers that are not a multiple of pi, and its argument is 0 here"), r.err());
    }

    private static void sexpr(Fn fn) {
        Expr e = Expr.call(fn, X);
        assertEquals("(" + fn.fnName() + " x)", SExpr.print(e));
        assertSame(e, SExprReader.read(SExpr.print(e)));
    }

    private static void infix(Fn fn) {
        Expr e = Expr.call(fn, Builder.RAW.add(X, Num.ONE));
        assertSame(e, gd(Infix.print(e)), Infix.print(e));
    }

    private static void latex(Fn fn) {
        String tex = Latex.print(Expr.call(fn, X));
        Matcher m = Pattern.compile("\\\\([A-Za-z]+)").matcher(tex);
        int commands = 0;
        while (m.find()) {
            assertTrue(LATEX.contains(m.group(1)), fn + " prints the LaTeX command \\" + m.group(1) + ", which LaTeX does not have: " + tex);
            commands++;
        }
        assertTrue(commands > 0 || tex.startsWith("e^"), tex);
        if (tex.contains("operatorname")) assertTrue(tex.contains("\\operatorname{" + fn.fnName() + "}"), tex);
    }

    private static void tape(Fn fn) {
        Expr e = Expr.call(fn, X);
        Tape tape = Tape.compile(e, List.of(X));
        int compared = 0;
        for (double x : POINTS) {
            if (!fn.defined(x)) continue;
            double[] g = new double[1];
            double value = tape.evaluate(new double[]{x}, g);
            Map<Expr.Sym, Num> at = Map.of(X, Num.of(x));
            assertEquals(Val.of(e, at::get).doubleValue(), value, 0.0, fn + " at " + x);
            double raw = Val.of(Derivative.raw(e, X), at::get).doubleValue();
            double tidy = Val.of(Simplifier.simplify(Derivative.tidy(e, X)), at::get).doubleValue();
            assertEquals(raw, g[0], 0.0, fn + "' at " + x);
            assertEquals(tidy, g[0], 1e-12 * Math.max(1, Math.abs(tidy)), fn + "' (tidy) at " + x);
            compared++;
        }
        assertTrue(compared >= 2, fn + " is defined at too few of the test points");
    }

    private static void slope(Fn fn) {
        Expr outer = fn.outer(U, Builder.RAW);
        for (double u : POINTS) {
            if (!fn.defined(u)) continue;
            double want = Val.of(outer, s -> Num.of(u)).doubleValue();
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(fn.slope(u)), fn + " at " + u + ": " + want + " vs " + fn.slope(u));
        }
    }

    /** d(f(g(x))) against a central difference, where g moves the argument through the domain (none of the points is a kink). */
    private static void finiteDifference(Fn fn) {
        Expr e = Expr.call(fn, Builder.RAW.mul(Num.of(0.9), X)), d = Simplifier.simplify(Derivative.tidy(e, X));
        int compared = 0;
        for (double x : POINTS) {
            double h = 1e-6, u = 0.9 * x;
            if (!fn.defined(0.9 * (x - h)) || !fn.defined(0.9 * (x + h))) continue;
            double fd = (fn.apply(0.9 * (x + h)) - fn.apply(0.9 * (x - h))) / (2 * h);
            double got = Val.of(d, s -> Num.of(x)).doubleValue();
            assertEquals(fd, got, 1e-6 * Math.max(1, Math.abs(got)), fn + "'(" + u + ")*0.9 by d is " + got + ", by finite difference " + fd);
            compared++;
        }
        assertTrue(compared >= 2, fn + " is defined at too few of the test points");
    }

    private static void explain(Fn fn) {
        List<String> lines = Explain.lines(Expr.call(fn, X), X, false, Notation.INFIX);
        assertTrue(lines.stream().anyMatch(l -> l.contains("chain rule through " + fn.fnName()) && l.contains("d(" + fn.fnName() + "(u)) = ")),
                String.join("\n", lines));
    }

    private static void help(Fn fn) {
        Builtin b = new Session(line -> { }).builtin(fn.fnName());
        assertNotNull(b, fn.fnName() + " is not a built-in");
        assertTrue(b.signature().startsWith(fn.fnName() + "("), b.signature());
        assertTrue(b.help().contains(fn.fnName()), b.help());
    }
}
