package gd.teach;

import gd.eval.Output;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.RandomExprs;
import gd.expr.SExpr;
import gd.session.Outcome;
import gd.session.Session;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotationsTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");

    /** Evaluates gd source in a fresh session with params x y a b, returning the last value. */
    static Object gd(String text) {
        Session s = new Session(line -> { });
        List<Outcome> out = s.eval("<test>", "params x y a b\n" + text);
        Outcome last = out.get(out.size() - 1);
        if (last instanceof Outcome.Failed f) throw new AssertionError(f.diagnostic().render() + "\nfor: " + text);
        return ((Outcome.Value) last).value();
    }

    @Test void infixFixedCases() {
        assertEquals("2*x + y", Infix.print((Expr) gd("2*x + y")));
        assertEquals("-x**2", Infix.print((Expr) gd("-x**2")));
        assertEquals("(a + b)**2", Infix.print((Expr) gd("(a + b)**2")));
        assertEquals("x - (y - a)", Infix.print((Expr) gd("x - (y - a)")));
        assertEquals("x**-1", Infix.print((Expr) gd("x**-1")));
        assertEquals("x**y**2", Infix.print((Expr) gd("x**y**2")));
        assertEquals("(x**y)**2", Infix.print((Expr) gd("(x**y)**2")));
        assertEquals("x/(y*a)", Infix.print((Expr) gd("x/(y*a)")));
        assertEquals("sin(x + 1)", Infix.print((Expr) gd("sin(x + 1)")));
        assertEquals("b + 13*m - 27", Infix.print(Expr.apply(gd.expr.Op.ADD, List.of(Expr.sym("b"),
                Expr.bin(gd.expr.Op.MUL, Num.of(13), Expr.sym("m")), Num.of(-27)))));
        assertEquals("x**(2/3)", Infix.print(Expr.bin(gd.expr.Op.POW, X, Num.rational(java.math.BigInteger.TWO, java.math.BigInteger.valueOf(3)))));
    }

    @Test void infixReadsBackToTheSameValue() {
        RandomExprs gen = new RandomExprs(5);
        int compared = 0;
        for (int i = 0; i < 400; i++) {
            Expr e = gen.next(4);
            String text = Infix.print(e);
            if (text.contains("inf") || text.contains("nan")) continue;
            Object back = gd(text);
            Expr b = back instanceof Expr be ? be : Num.of(((Boolean) back) ? 1 : 0);
            for (double[] p : new double[][]{{0.7, 1.3}, {-1.1, 0.4}, {2.5, -0.6}}) {
                double want = value(e, p), got = value(b, p);
                if (!Double.isFinite(want)) continue;
                assertTrue(Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want)), text + " at " + p[0] + "," + p[1] + ": " + want + " vs " + got);
                compared++;
            }
        }
        assertTrue(compared > 300, "too few comparable points: " + compared);
    }

    private static double value(Expr e, double[] p) {
        return gd.grad.Tape.compile(e, java.util.List.of(X, Y)).evaluate(p.clone(), null);
    }

    @Test void sexprRoundTripsThePrinterExactly() {
        RandomExprs gen = new RandomExprs(11);
        for (int i = 0; i < 500; i++) {
            Expr e = gen.next(5);
            String text = SExpr.print(e);
            if (text.contains("inf") || text.contains("nan")) continue;
            // Integral doubles print like integers (the seed's format), so the text, not the node, is what round-trips.
            assertEquals(text, SExpr.print(SExprReader.read(text)));
            double want = value(e, new double[]{0.7, 1.3}), got = value(SExprReader.read(text), new double[]{0.7, 1.3});
            assertTrue(Double.compare(want, got) == 0 || Math.abs(want - got) <= 1e-12 * Math.abs(want), text);
        }
        Expr nary = SExprReader.read("(+ (* (/ 2 3) x y) (* 13 m) b -27 0.5)");
        assertEquals("(+ (* (/ 2 3) x y) (* 13 m) b -27 0.5)", SExpr.print(nary));
        assertSame(Expr.apply(gd.expr.Op.ADD, List.of(X, Num.ONE)), SExprReader.read("(+ x 1)"));
        assertTrue(((Expr.Apply) nary).args().get(0).args().get(0) instanceof Num n && n.isExact() && !n.isInteger());
    }

    @Test void sexprComplainsPlainly() {
        assertThrows(SExprReader.BadSExpr.class, () -> SExprReader.read("(+ x"));
        assertThrows(SExprReader.BadSExpr.class, () -> SExprReader.read("(foo x)"));
        assertThrows(SExprReader.BadSExpr.class, () -> SExprReader.read("(- x 1 2)"));
        assertThrows(SExprReader.BadSExpr.class, () -> SExprReader.read("(+ x …)"));
        assertThrows(SExprReader.BadSExpr.class, () -> SExprReader.read("x y"));
    }

    @Test void latexFixedCases() {
        Map<String, String> cases = Map.of(
                "2*x + y", "2 x + y",
                "x**2", "x^{2}",
                "x/(y + 1)", "\\frac{x}{y + 1}",
                "(x + y)**2", "\\left(x + y\\right)^{2}",
                "sin(x)*exp(y)", "\\sin(x) e^{y}",

                "sqrt(x) - -x", "\\sqrt{x} - -x",
                "exp(x)**2", "\\left(e^{x}\\right)^{2}",
                "x*3", "x \\cdot 3");
        cases = new java.util.HashMap<>(cases);
        cases.put("-x", "-x");
        cases.put("cos(2*x)", "\\cos\\left(2 x\\right)");
        cases.put("(x/3)**y", "\\left(\\frac{x}{3}\\right)^{y}");
        cases.put("sqrt(x)**3", "\\left(\\sqrt{x}\\right)^{3}");
        cases.put("x*(-1)", "-x");
        cases.put("(1/2)**x", "\\left(\\frac{1}{2}\\right)^{x}");
        cases.forEach((src, want) -> assertEquals(want, Latex.print((Expr) gd(src)), src));
        assertEquals("\\alpha_{1} + \\mathrm{lr}", Latex.print((Expr) gd("params alpha_1 lr\nalpha_1 + lr")));
        assertEquals("\\sin^{2}(x) + \\cos^{3}\\left(2 x\\right) - \\tanh(x)^{-1}", Latex.print((Expr) gd("sin(x)**2 + cos(2*x)**3 - tanh(x)**-1")), "a textbook's powers of functions");
        assertEquals("\\frac{2}{3} x", Latex.print(Expr.bin(gd.expr.Op.MUL, Num.rational(java.math.BigInteger.TWO, java.math.BigInteger.valueOf(3)), X)));
    }

    @Test void printersByName() {
        for (String n : Notation.labels()) assertEquals(n, Notation.named(n).label());
        assertNull(Notation.named("fortran"));
        assertNull(Notation.named(3));
        assertEquals("x + 1", Notation.named("infix").print((Expr) gd("x + 1")));
    }

    @Test void notationBuiltinChangesHowResultsPrint() {
        List<String> lines = new java.util.ArrayList<>();
        Session s = new Session(lines::add);
        List<Outcome> out = s.eval("<t>", "params x\nnotation(\"infix\")\nx**2 + 1");
        assertEquals("x**2 + 1", s.show(((Outcome.Value) out.get(out.size() - 1)).value()));
        assertEquals(Notation.INFIX, s.notation());
    }
}
