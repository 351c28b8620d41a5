package gd.grad;

import gd.GdRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data sum (sum(body for x, y in zip(xs, ys)) over 80 rows, run by a RowKernel) against the
 * same loss built the seed's way (the same comprehension with 'if true', which keeps the seed's
 * nodes): the same size, the same value, the same gradient to 1e-12 and the same training run.
 */
class DataSumTest {
    private static final String DATA = "params m b\nf(t) = m*t + b\nxs = linspace(-1, 1, 80)\nys = [sin(3*x) for x in xs]\n";
    private static final List<String> BODIES = List.of(
            "(m*x + b - y)**2",
            "(m*x**3 + b*x - (2*x**3 - x + 1))**2",
            "log(1 + exp(0 - y*(m*x + b)))",
            "(tanh(m*x + b) - y)**2",
            "(m/(1 + x**2) + b*exp(x) - y)**2",
            "(m**2*x - b*y)**2 + m*b",
            "(exp(x)**m - y)**2 + (b - x)**2",
            "(f(x) - y)**2 / (1 + x*x)",
            "(m*x + b - y) * (m*x - b*y) - x / (2 + m*m)",
            "(x*m + y*b + m*b - y)**2 + (b - m*x)*(m - y)",
            "sin(m*x)*x - y*cos(b*(x + 2) + m*y) - (m - 2*y)",
            "(m*x*x + x*b)**2 + exp(b*x)/(1 + m*m) - (1 + x*x)**m");

    @TestFactory
    Stream<DynamicTest> aDataSumIsTheSeedsSum() {
        return BODIES.stream().map(body -> DynamicTest.dynamicTest(body, () -> {
            String fast = "fast = sum(" + body + " for x, y in zip(xs, ys)) / len(xs)\n";
            String slow = "slow = sum(" + body + " for x, y in zip(xs, ys) if true) / len(xs)\n";
            GdRun run = GdRun.exprs(DATA + fast + slow + "params m=0.3 b=-0.2",
                    "fast", "slow",
                    "size(fast) == size(slow)",
                    "val(fast) == val(slow)",
                    "gf = grad(fast)\ngs = grad(slow)",
                    "[abs(gf[p] - gs[p]) <= 1e-12 * abs(gs[p]) for p in [m, b]]",
                    "r = train(fast, lr=0.05, steps=40, every=100, chart=false)\nkept = [val(m), val(b)]\nparams m=0.3 b=-0.2",
                    "r = train(slow, lr=0.05, steps=40, every=100, chart=false)",
                    "[abs(val(m) - kept[0]) <= 1e-12 * abs(kept[0]), abs(val(b) - kept[1]) <= 1e-12 * abs(kept[1])]");
            assertEquals(0, run.exit(), run.err());
            List<String> lines = run.text().lines().filter(l -> !l.startsWith("step") && !l.startsWith("trained") && !l.startsWith("  ")).toList();
            assertTrue(lines.get(0).startsWith("(/ (sum ") && lines.get(1).startsWith("(/ (+ (+ (+ "), run.text());
            assertEquals(List.of("true", "true", "[true, true]", "[true, true]"), lines.subList(2, lines.size()), run.text());
        }));
    }

    @Test
    void aLargeSumPrintsAsItsBodyAndItsRowCount() {
        GdRun run = GdRun.exprs(DATA + "loss = sum((m*x + b - y)**2 for x, y in zip(xs, ys)) / len(xs)", "loss", "size(loss)");
        assertEquals("(/ (sum (** (- (+ (* m x) b) y) 2) for x, y in 80 rows) 80)\n803", run.text());
    }

    @Test
    void aBodyThatLooksAtItsNumbersKeepsTheSeedsNodes() {
        GdRun run = GdRun.exprs(DATA, "e = sum(m*(x == 1) + b for x in xs)", "e", "val(e, {m: 2, b: 0})");
        assertTrue(run.text().startsWith("(+ (+ (+ ") && run.text().endsWith("(+ (* m 1) b))\n2"), run.text());
    }

    @Test
    void theDerivativeOfADataSumIsTheSeeds() {
        GdRun run = GdRun.exprs(DATA + "fast = sum((m*x + b - y)**2 for x, y in zip(xs, ys))\nslow = sum((m*x + b - y)**2 for x, y in zip(xs, ys) if true)",
                "d(fast, m) == d(slow, m)", "val(d(fast, b, raw=true), {m: 1, b: 2}) == val(d(slow, b, raw=true), {m: 1, b: 2})");
        assertTrue(run.text().equals("true\ntrue"), run.text());
    }
}
