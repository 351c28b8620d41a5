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
            "arctan", "sinh", "cosh", "tanh", "coth", "sqrt", "left", "right", "operatorname", "pi", "lvert", "rvert", "max", "min");

    @TestFactory
    Stream<DynamicTest> everyFunctionIsKnownEverywhere() {
        return Stream.of(Fn.values()).flatMap(fn -> Stream.of(
                DynamicTest.dynamicTest(fn + " prints and reads back as an S-expression", () -> sexpr(fn)),
                DynamicTest.dynamicTest(fn + " prints as infix that gd reads back", () -> infix(fn)),
                DynamicTest.dynamicTest(fn + " prints as real LaTeX", () -> latex(fn)),
                DynamicTest.dynamicTest(fn + " on the tape agrees with d", () -> tape(fn)),
                DynamicTest.dynamicTest(fn + "'s numeric slope is its outer derivative's value", () -> slope(fn)),
                DynamicTest.dynamicTest(fn + " is explained", () -> explain(fn)),
                DynamicTest.dynamicTest(fn + " is a built-in with help", () -> help(fn))));
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

    private static void explain(Fn fn) {
        List<String> lines = Explain.lines(Expr.call(fn, X), X, false, Infix::print);
        assertTrue(lines.stream().anyMatch(l -> l.contains("chain rule through " + fn.fnName()) && l.contains("d " + fn.fnName() + "(u) = ")),
                String.join("\n", lines));
    }

    private static void help(Fn fn) {
        Builtin b = new Session(line -> { }).builtin(fn.fnName());
        assertNotNull(b, fn.fnName() + " is not a built-in");
        assertTrue(b.signature().startsWith(fn.fnName() + "("), b.signature());
        assertTrue(b.help().contains(fn.fnName()), b.help());
    }
}
