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
            "arctan", "sinh", "cosh", "tanh", "coth", "sqrt", "left", "right", "operatorname", "pi", "sigma", "lvert", "rvert", "max", "min",
            "le", "ge", "begin", "end", "text", "neq");

    @TestFactory
    Stream<DynamicTest> everyFunctionIsKnownEverywhere() {
        return Stream.of(Fn.values()).flatMap(fn -> Stream.of(
                DynamicTest.dynamicTest(fn + " prints and reads back as an S-expression", () -> sexpr(fn)),
                DynamicTest.dynamicTest(fn + " prints as infix that gd reads back", () -> infix(fn)),
                DynamicTest.dynamicTest(fn + " prints as real LaTeX", () -> latex(fn)),
                DynamicTest.dynamicTest(fn + " on the tape agrees with d", () -> tape(fn)),
                DynamicTest.dynamicTest(fn + "'s numeric slope is its outer derivative's value", () -> { if (fn.arity() == 1) slope(fn); else partials(fn); }),
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

    /**
     * fn applied to u; a function of several arguments to u and 2 - x (for where, under the
     * condition u > 2 - x), whose tie at u = 2 - x none of the test points is at.
     */
    private static Expr sample(Fn fn, Expr u) {
        if (fn.arity() == 1) return Expr.call(fn, u);
        Expr v = Builder.RAW.sub(Num.TWO, X);
        if (fn.arity() == 2) return Expr.call(fn, List.of(u, v));
        return Expr.call(fn, List.of(Expr.call(Fn.GT, List.of(u, v)), u, Builder.RAW.mul(v, v)));
    }

    private static void sexpr(Fn fn) {
        Expr e = sample(fn, X);
        String args = fn.arity() == 1 ? "x" : fn.arity() == 2 ? "x (- 2 x)" : "(> x (- 2 x)) x (* (- 2 x) (- 2 x))";
        assertEquals("(" + fn.fnName() + " " + args + ")", SExpr.print(e));
        assertSame(e, SExprReader.read(SExpr.print(e)));
    }

    private static void infix(Fn fn) {
        Expr e = sample(fn, Builder.RAW.add(X, Num.ONE));
        assertSame(e, gd(Infix.print(e)), Infix.print(e));
    }

    private static void latex(Fn fn) {
        String tex = Latex.print(sample(fn, X));
        Matcher m = Pattern.compile("\\\\([A-Za-z]+)").matcher(tex);
        int commands = 0;
        while (m.find()) {
            assertTrue(LATEX.contains(m.group(1)), fn + " prints the LaTeX command \\" + m.group(1) + ", which LaTeX does not have: " + tex);
            commands++;
        }
        assertTrue(commands > 0 || tex.startsWith("e^") || fn == Fn.LT || fn == Fn.GT, tex);
        if (tex.contains("operatorname")) assertTrue(tex.contains("\\operatorname{" + fn.fnName() + "}"), tex);
    }

    private static void tape(Fn fn) {
        Expr e = sample(fn, X);
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

    /** Each partial as a number is the value of d with that argument's derivative 1 and the others' 0, ties included. */
    private static void partials(Fn fn) {
        List<Expr> args = Stream.of("u", "v", "w").limit(fn.arity()).map(n -> (Expr) Expr.sym(n)).toList();
        double[] values = {-1, 0, 0.5, 2};
        int compared = 0;
        for (int i = 0; i < fn.arity(); i++) {
            List<Expr> ds = new java.util.ArrayList<>(java.util.Collections.nCopies(fn.arity(), (Expr) Num.ZERO));
            ds.set(i, Num.ONE);
            Expr d = fn.derivative(args, ds, Builder.RAW);
            for (double a : values) for (double b : values) for (double c : values) {
                double[] at = {a, b, c};
                double want = Val.of(d, s -> Num.of(at[args.indexOf(s)])).doubleValue();
                assertEquals(want, fn.partial(i, a, b, c), 0.0, fn + " partial " + i + " at " + a + ", " + b + ", " + c + " of " + d);
                compared++;
            }
        }
        assertTrue(compared > 0);
    }

    /** d(f(g(x))) against a central difference, where g moves the argument through the domain (none of the points is a kink). */
    private static void finiteDifference(Fn fn) {
        Expr e = sample(fn, Builder.RAW.mul(Num.of(0.9), X)), d = Simplifier.simplify(Derivative.tidy(e, X));
        int compared = 0;
        for (double x : POINTS) {
            double h = 1e-6, u = 0.9 * x;
            if (!fn.defined(0.9 * (x - h)) || !fn.defined(0.9 * (x + h))) continue;
            double fd = (Val.of(e, s -> Num.of(x + h)).doubleValue() - Val.of(e, s -> Num.of(x - h)).doubleValue()) / (2 * h);
            double got = Val.of(d, s -> Num.of(x)).doubleValue();
            assertEquals(fd, got, 1e-6 * Math.max(1, Math.abs(got)), fn + "'(" + u + ")*0.9 by d is " + got + ", by finite difference " + fd);
            compared++;
        }
        assertTrue(compared >= 2, fn + " is defined at too few of the test points");
    }

    private static void explain(Fn fn) {
        List<String> lines = Explain.lines(sample(fn, X), X, false, Notation.INFIX);
        String rule = fn.arity() == 1 ? "chain rule through " + fn.fnName() : "piecewise rule of " + fn.fnName();
        String formula = fn.arity() == 1 ? fn.fnName() + "(u)" : fn.isComparison() ? "u " + fn.fnName() + " v" : fn == Fn.WHERE ? "where(c, u, v)" : fn.fnName() + "(u, v)";
        assertTrue(lines.stream().anyMatch(l -> l.contains(rule) && l.contains("d(" + formula + ") = ")), String.join("\n", lines));
    }

    /** A comparison is an operator, not a built-in: where's help tells of it. */
    private static void help(Fn fn) {
        if (fn.isComparison()) {
            assertTrue(new Session(line -> { }).builtin("where").help().contains("comparison of expressions (x > 0"), fn.fnName());
            return;
        }
        Builtin b = new Session(line -> { }).builtin(fn.fnName());
        assertNotNull(b, fn.fnName() + " is not a built-in");
        assertTrue(b.signature().startsWith(fn.fnName() + "("), b.signature());
        assertTrue(b.help().contains(fn.fnName()), b.help());
    }
}
