package gd.teach;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shape of an explanation: leaves are no steps of their own, constant factors are one step, a chain of sums is one step. */
class ExplainLeavesTest {

    private static List<String> explain(String... lines) {
        GdRun r = GdRun.exprs(lines);
        assertEquals("", r.err());
        return Arrays.asList(r.out().split("\n"));
    }

    private static long steps(List<String> lines) { return lines.stream().filter(l -> l.matches("\\s+\\d+\\. .*")).count(); }

    @Test void leavesAreNoStepsOfTheirOwn() {
        List<String> loss = explain("params m b", "loss = sum((m*x + b - (2*x + 1))**2 for x in [-2, 3]) / 2", "explain(loss, m)");
        for (String rule : List.of("constant,", "another symbol", "the variable itself"))
            assertFalse(loss.stream().anyMatch(l -> l.contains(". " + rule)), rule + " in\n" + String.join("\n", loss));
        assertFalse(loss.stream().anyMatch(l -> l.matches("\\s+d/dm (m|b|\\d+) = .*")), String.join("\n", loss));
        assertEquals("b + 13*m - 27", loss.get(loss.size() - 1));
    }

    @Test void aLeafAloneIsTheOneStep() {
        List<String> x = explain("params x y", "explain(x, x)"), y = explain("params x y", "explain(y, x)"), three = explain("params x", "explain(3, x)");
        assertEquals(List.of("   1. the variable itself,  dx/dx = 1", "      d/dx x = 1"), x.subList(1, 3));
        assertEquals(List.of("   1. another symbol (a constant here),  dc/dx = 0 for a symbol c other than x", "      d/dx y = 0"), y.subList(1, 3));
        assertEquals(List.of("   1. constant,  dc/dx = 0 for a number c", "      d/dx 3 = 0"), three.subList(1, 3));
        List<String> byC = explain("params c", "explain(c, c)");
        assertEquals("      d/dc c = 1", byC.get(2));
        List<String> otherByC = explain("params c x", "explain(x, c)");
        assertEquals("   1. another symbol (a constant here),  dk/dc = 0 for a symbol k other than c", otherByC.get(1));
    }

    /** The example: d/dx exp(-x**2/2) = exp(-x**2/2) * d/dx(-x**2/2), then -x**2/2 as one constant multiple. */
    @Test void constantFactorsAreOneConstantMultiple() {
        List<String> e = explain("params x", "explain(exp(-x**2/2), x)");
        assertEquals(List.of(
                "   1. chain rule through exp,  d(exp(u)) = exp(u)*du",
                "      d/dx exp(-x**2/2) = exp(-x**2/2)*d/dx(-x**2/2)",
                "   2. constant multiple,  d(c*u) = c*du",
                "      d/dx(-x**2/2) = -1/2*d/dx(x**2)",
                "   3. power, constant exponent,  d(u**n) = n*u**(n - 1)*du",
                "      d/dx(x**2) = 2*x"), e.subList(1, 7));
        assertEquals("-x*exp(-x**2/2)", e.get(e.size() - 1));
        assertTrue(explain("params x y", "explain(-(3*sin(x))/y, x)").contains("      d/dx(-3*sin(x)/y) = -3/y*d/dx(sin(x))"));
        assertTrue(explain("params x", "explain(-x/4, x)").contains("      d/dx(-x/4) = -1/4"));
        List<String> neg = explain("params x", "explain(-sin(x), x)");
        assertEquals("   1. negation,  d(-u) = -du", neg.get(1), "a single negation keeps its own name");
    }

    @Test void aChainOfSumsIsOneStep() {
        List<String> e = explain("params x", "explain(x**3 - 2*x + sin(x) + 1, x)");
        assertEquals("      d/dx(x**3 - 2*x + sin(x) + 1) = d/dx(x**3) - d/dx(2*x) + d/dx(sin(x))", e.get(2));
        assertEquals(4, steps(e), String.join("\n", e));
        List<String> quotient = explain("params x", "explain(sin(x**2)/x, x)");
        assertEquals("      d/dx(sin(x**2)/x) = d/dx(sin(x**2))/x - sin(x**2)/x**2", quotient.get(2), "du/v, not 1/v*du");
    }
}
