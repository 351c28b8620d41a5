package gd.lib;

import gd.eval.Val;
import gd.expr.Expr;
import gd.expr.Num;
import gd.session.Outcome;
import gd.session.Session;
import gd.teach.Notation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calculus helpers against answers worked by hand, in infix as a teacher reads them, and numerically where exactness matters. */
class CourseTest {
    private final Session s = new Session(line -> { });

    CourseTest() {
        s.notation(Notation.INFIX);
        s.eval("<t>", "params x y");
    }

    private Object value(String text) {
        List<Outcome> out = s.eval("<t>", text);
        Outcome last = out.get(out.size() - 1);
        if (last instanceof Outcome.Failed f) throw new AssertionError(f.diagnostic().render());
        return ((Outcome.Value) last).value();
    }

    private String show(String text) { return s.show(value(text)); }

    private String error(String text) {
        Outcome last = s.eval("<t>", text).get(0);
        return last instanceof Outcome.Failed f ? f.diagnostic().message() : "no error: " + last;
    }

    @Test void nthDerivatives() {
        assertEquals("60*x**2", show("d(x**5, x, 3)"));
        assertEquals("sin(x)", show("d(sin(x), x, 4)"));
        assertEquals("x**3", show("d(x**3, x, 0)"));
        assertEquals(show("d(d(x**3*y, x), x)"), show("d(x**3*y, x, 2)"));
        assertTrue(error("d(x**2, x, -1)").contains("a whole number from 0 to 100"));
        assertTrue(error("d(x**2, x, 1.5)").contains("a whole number from 0 to 100"));
    }

    @Test void gradientHessianJacobian() {
        assertEquals("[2*x*y, x**2]", show("gradient(x**2*y)"));
        assertEquals("[x**2, 2*x*y]", show("gradient(x**2*y, [y, x])"));
        assertEquals("[[2*y, 2*x], [2*x, 0]]", show("hessian(x**2*y)"));
        assertEquals("[[y, x], [1, 1]]", show("jacobian([x*y, x + y])"));
        assertEquals("[[y], [1]]", show("jacobian([x*y, x + y], [x])"));
        assertTrue(error("gradient(sexpr(\"(* q 2)\"))").contains("no declared parameter occurs here"));
        assertTrue(error("gradient(x*y, [x, 2])").contains("a list of symbols"));
    }

    @Test void subsReplacesAndFoldsExactly() {
        assertEquals("4*y**2 + 1", show("subs(x**2 + 1, {x: 2*y})"));
        assertEquals(Num.of(10), value("subs(x**2 + 1, {x: 3})"));
        assertEquals("y", show("subs(x, {x: y, y: x})"));         // simultaneous, not one after the other
        assertTrue(error("subs(x, {x: \"a\"})").contains("must be a number or an expression"));
    }

    @Test void taylorPolynomialsHaveExactCoefficients() {
        assertEquals("1 + x + x**2/2 + x**3/6 + x**4/24", show("taylor(exp(x), x, 0, 4)"));
        assertEquals("1 - x**2/2 + x**4/24 - x**6/720", show("taylor(cos(x), x, 0, 6)"));
        assertEquals("x - 1 - (x - 1)**2/2 + (x - 1)**3/3", show("taylor(log(x), x, 1, 3)"));
        assertEquals("x**2", show("taylor(x**2, x, 0, 9)"));
    }

    /** Near the expansion point the polynomial agrees with the function to the order of the first term left out. */
    @Test void taylorIsCloseNearItsPoint() {
        Expr p = (Expr) value("taylor(sin(x) * exp(x), x, 0, 6)");
        Expr.Sym x = Expr.sym("x");
        for (double h : new double[]{0.1, -0.05, 0.02}) {
            double want = StrictMath.sin(h) * StrictMath.exp(h);
            double got = Val.of(p, Map.of(x, Num.of(h))::get).doubleValue();
            assertEquals(want, got, 2 * Math.pow(Math.abs(h), 7), "at " + h);
        }
    }

    @Test void tangentLines() {
        assertEquals("6*x - 9", show("tangent(x**2, x, 3)"));
        assertEquals("x", show("tangent(sin(x), x, 0)"));
        assertEquals("x - 2", show("tangent(x**3 - 2*x, x, 1)"));
    }

    @Test void anAssertOnExpressionsPointsToSame() {
        String msg = error("assert d(x**2 + x, x) == 1 + 2*x");
        assertTrue(msg.contains("assert same(d(x**2 + x, x), 1 + 2*x)"), msg);
        assertTrue(!error("assert 1 == 2").contains("same("));
        assertEquals("no error: " + s.eval("<t>", "assert same(d(x**2 + x, x), 1 + 2*x)").get(0), error("assert same(d(x**2 + x, x), 1 + 2*x)"));
    }
}
