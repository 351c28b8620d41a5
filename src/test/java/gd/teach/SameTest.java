package gd.teach;

import org.junit.jupiter.api.Test;

import static gd.teach.NotationsTest.gd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** same's criteria (issue 11, item 5): three answers, decisive on numbers, points near 0, of both signs and far out, and where each side is defined. */
class SameTest {
    private static Same.Verdict same(String a, String b) { return (Same.Verdict) gd("same(" + a + ", " + b + ")"); }

    @Test void aNonzeroConstantDifferenceIsADecisiveFalse() {
        Same.Verdict tiny = same("1e-10", "0");
        assertEquals(Same.Answer.FALSE, tiny.answer());
        assertEquals("their difference simplifies to the number 1e-10", tiny.reason());
        assertEquals(Same.Answer.FALSE, same("exp(x) + 1e-12", "exp(x)").answer());
        assertEquals(Same.Answer.FALSE, same("sin(x)**2 + cos(x)**2", "1.000001").answer());
    }

    @Test void pointsNearZeroOfBothSignsAndFarOut() {
        assertTrue(same("tanh(100*x)", "x/sqrt(x**2)").reason().matches("at \\{x: 0\\.00\\d+\\} .*"), "differs only near 0");
        assertTrue(same("sqrt(x**2)", "x").reason().matches("at \\{x: -.*"), "differs only below 0");
        assertTrue(same("x + relu(x - 100)", "x").reason().matches("at \\{x: [1-9]\\d\\d.*"), "differs only past 100");
        assertEquals(Same.Answer.FALSE, same("x**3", "1000*x").answer(), "agree at 0 and ±31.6 only");
        assertEquals(Same.Answer.TRUE, same("exp(x + y)", "exp(x)*exp(y)").answer());
    }

    /** cosh(x)**2 - sinh(x)**2 is 1.000000477 at x = 11.31 in doubles: rounding in a cancellation is no evidence of a difference. */
    @Test void roundingInACancellationIsNoDifference() {
        assertEquals(Same.Answer.TRUE, same("cosh(x)**2 - sinh(x)**2", "1").answer());
        assertEquals(Same.Answer.TRUE, same("(exp(x) + 1)**2 - exp(2*x) - 2*exp(x)", "1").answer());
        assertEquals(Same.Answer.FALSE, same("cosh(x)**2 - sinh(x)**2", "1 + 1e-6*x").answer(), "a real difference is still found");
    }

    @Test void tooFewPointsWithAValueIsCouldNotDecide() {
        Same.Verdict v = same("sqrt(-x**2 - 1)*x", "sqrt(-x**2 - 1)*sin(x)");
        assertEquals(Same.Answer.UNDECIDED, v.answer());
        assertTrue(v.show().startsWith("could not decide: "), v.show());
        assertEquals(false, v.attr("decided"));
        assertEquals(false, v.attr("ok"));
    }

    /** sqrt(x - 5)**2 and x - 5 agree where both are defined; the verdict says that the second is defined where the first is not. */
    @Test void theVerdictSaysWhereEachSideIsDefined() {
        Same.Verdict root = same("sqrt(x - 5)**2", "x - 5");
        assertEquals(Same.Answer.TRUE, root.answer());
        assertTrue(root.reason().matches("their difference simplifies to 0 \\(where both have a value; at \\{x: -?[0-4]\\.\\d+\\} only the second has one\\)"), root.reason());
        Same.Verdict log = same("log(x**2)", "2*log(x)");
        assertEquals(Same.Answer.TRUE, log.answer());
        assertTrue(log.reason().matches(".*\\(where both have a value; at \\{x: -[\\d.]+\\} only the first has one\\)"), log.reason());
        Same.Verdict both = same("sqrt(x)*sqrt(y)", "sqrt(x*y)");
        assertTrue(both.reason().contains("only the second has one"), both.reason());
        assertEquals("their difference simplifies to 0", same("x*2", "2*x").reason(), "no note where both are defined alike");
    }
}
