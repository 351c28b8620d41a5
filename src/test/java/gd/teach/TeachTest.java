package gd.teach;

import gd.GdRun;
import gd.diff.Derivative;
import gd.expr.Expr;
import gd.expr.RandomExprs;
import gd.expr.SExpr;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gd.teach.NotationsTest.gd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeachTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");

    @Test void explainInTheLanguageEndsWithWhatDPrints() {
        String src = "params x y\ne = x**2*sin(x) + exp(x*y)/x\n";
        GdRun explained = GdRun.exprs(src + "explain(e, x, notation=\"sexpr\")");
        GdRun d = GdRun.exprs(src + "d(e, x)");
        assertEquals(0, explained.exit(), explained.err());
        List<String> lines = explained.text().lines().toList();
        assertEquals(d.text(), lines.get(lines.size() - 1));
        assertTrue(explained.out().contains("product"));
        assertTrue(explained.out().contains("quotient"));
        assertTrue(explained.out().contains("chain rule through exp"));
        String infix = GdRun.exprs(src + "explain(e, x)").text();
        assertTrue(infix.endsWith("\n" + GdRun.exprs(src + "infix(d(e, x))").text()), infix);
    }

    @Test void explainNamesEveryRule() {
        String out = GdRun.exprs("params x y\nexplain(3*x - y/x + x**2 + x**y + sin(x)*x - x/2 + -x + 1 + exp(x - x**2), x)").out();
        for (String rule : List.of("sum", "difference", "product",
                "quotient", "power, constant exponent", "general power", "chain rule through sin", "constant multiple",
                "division by a constant", "negation"))
            assertTrue(out.contains(rule), rule + " missing in\n" + out);
    }

    /** Each line must read right on its own: "d/dx x*y + x" would mean (d/dx x*y) + x, and "1 - tanh(u)**2 * du" multiplies only the square. */
    @Test void explanationsParenthesizeWhatTheyDifferentiate() {
        String out = GdRun.exprs("params x y\nexplain(tanh(x*y + x), x)").out();
        assertTrue(out.contains("d(tanh(u)) = (1 - tanh(u)**2)*du"), out);
        assertTrue(out.contains("d/dx(x*y + x) = d/dx(x*y) + 1"), out);
        assertTrue(out.contains("d/dx tanh(x*y + x) = (1 - tanh(x*y + x)**2)*d/dx(x*y + x)"), out);
        String sexpr = GdRun.exprs("params x y\nexplain(x*y + x, x, notation=\"sexpr\")").out();
        assertTrue(sexpr.contains("d/dx (+ (* x y) x) = "), sexpr);
        String regroup = GdRun.exprs("params x\nexplain(sin(x)**2, x)").out();
        for (String line : regroup.split("\n"))
            if (line.contains("  →  ")) assertNotEquals(line.split("  →  ")[0].replaceAll("^.*:  ", ""), line.split("  →  ")[1], "a rewrite that prints the same:\n" + regroup);
    }

    @Test void checkFlagsAWrongDerivativeAndPassesARightOne() {
        Check.Report wrong = (Check.Report) gd("check(x**2*y, {x: 1.5, y: 2}, grad={x: 2*x})");
        assertFalse(wrong.ok());
        assertTrue(wrong.show().contains("disagrees"), wrong.show());
        Check.Report right = (Check.Report) gd("check(x**2*y, {x: 1.5, y: 2}, grad={x: 2*x*y})");
        assertTrue(right.ok(), right.show());
        Check.Report symbolic = (Check.Report) gd("check(sin(x*y)/(x + y**2) + exp(x)**y, {x: 0.3, y: 1.2})");
        assertTrue(symbolic.ok(), symbolic.show());
        assertEquals(2, symbolic.rows().size());
        GdRun failed = GdRun.exprs("params x\nassert check(x**3, {x: 2}, grad={x: 3*x})");
        assertNotEquals(0, failed.exit());
        assertTrue(failed.err().contains("assertion failed"), failed.err());
    }

    @Test void sameIsRightOnATable() {
        String[][] equal = {
            {"d(x**2*sin(x), x)", "2*x*sin(x) + x**2*cos(x)"},
            {"(x + y)**2", "x**2 + 2*x*y + y**2"},
            {"sin(x)**2 + cos(x)**2", "1"},
            {"exp(x + y)", "exp(x)*exp(y)"},
            {"x/2", "0.5*x"},
            {"d(x**3/3, x)", "x**2"},
            {"log(x*y)", "log(x) + log(y)"},
        };
        String[][] unequal = {
            {"x + 1", "x"},
            {"(x + y)**2", "x**2 + y**2"},
            {"sin(2*x)", "2*sin(x)"},
            {"d(x**2*sin(x), x)", "2*x*cos(x)"},
            {"x**2", "x**2 + 1e-6"},
        };
        for (String[] p : equal) assertTrue(((Same.Verdict) gd("same(" + p[0] + ", " + p[1] + ")")).equal(), p[0] + " = " + p[1]);
        for (String[] p : unequal) assertFalse(((Same.Verdict) gd("same(" + p[0] + ", " + p[1] + ")")).equal(), p[0] + " != " + p[1]);
        assertTrue(((Same.Verdict) gd("same(x*2, 2*x)")).reason().contains("simplifies to 0"));
        assertEquals(Same.Answer.FALSE, ((Same.Verdict) gd("same(1e-10, 0)")).answer());
        assertEquals(Same.Answer.FALSE, ((Same.Verdict) gd("same(x + 1e-10, x)")).answer());
        assertEquals(Same.Answer.FALSE, ((Same.Verdict) gd("same(tanh(100*x), x/sqrt(x**2))")).answer());   // they differ only near 0
        assertEquals(Same.Answer.FALSE, ((Same.Verdict) gd("same(sqrt(x**2), x)")).answer());               // they differ only for x < 0
        assertEquals(Same.Answer.FALSE, ((Same.Verdict) gd("same(x**3, 1000*x)")).answer());                // agree at 0 and ±31.6 only
        Same.Verdict undecided = (Same.Verdict) gd("same(sqrt(-x**2 - 1)*x, sqrt(-x**2 - 1)*sin(x))");
        assertEquals(Same.Answer.UNDECIDED, undecided.answer(), undecided.show());
        assertTrue(undecided.show().startsWith("could not decide: "), undecided.show());
        assertTrue(((Same.Verdict) gd("same(sin(x)**2 + cos(x)**2, 1)")).reason().contains("simplifies to 0"));   // the Pythagorean identity
    }

    @Test void exercisesWithAssertSame() {
        GdRun ok = GdRun.exprs("params x\nassert same(d(x**2*sin(x), x), 2*x*sin(x) + x**2*cos(x))");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("", ok.out());
        GdRun bad = GdRun.exprs("params x\nassert same(d(x**2*sin(x), x), 2*x*cos(x))");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("assertion failed") && bad.err().contains("second:"), bad.err());
    }

    @Test void swellMeter() {
        assertEquals("4", gd("nodes((x + 1)*(x + 1))").toString());
        assertEquals("7", gd("size((x + 1)*(x + 1))").toString());
        String w5 = "e = x\n" + "e = e*e\n".repeat(30);
        assertEquals("31", gd(w5 + "nodes(e)").toString());
        String cse = (String) gd(w5 + "cse(e)");
        List<String> lines = cse.lines().toList();
        assertEquals(30, lines.size());
        assertEquals("t1 = x*x", lines.get(0));
        assertEquals("t29*t29", lines.get(29));
        assertEquals("t1 = x + 1\nsin(t1)*t1", gd("cse(sin(x + 1)*(x + 1))"));
    }
}
