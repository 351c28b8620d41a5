package gd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deep input must not crash the JVM: 100,000 nested parentheses, and a 100,000-term sum differentiated and evaluated. */
class DeepInputTest {

    @Test void hundredThousandNestedParentheses() {
        GdRun r = GdRun.exprs("(".repeat(100_000) + "1" + ")".repeat(100_000) + " + 1");
        assertEquals("", r.err());
        assertEquals("2", r.text());
    }

    @Test void hundredThousandTermSumDifferentiatesAndEvaluates() {
        GdRun r = GdRun.exprs("params w",
                "loss = sum((w*x - 2*x)**2 for x in range(100000)) / 100000",
                "size(loss)",
                "val(d(loss, w), {w: 1})",
                "val(d(loss, w, raw=true), {w: 1})",
                "val(loss, {w: 3})");
        assertEquals("", r.err());
        String[] lines = r.text().split("\n");
        assertEquals("800003", lines[0]);
        // d/dw of mean((w-2)^2 x^2) at w = 1 is -2 * mean(x^2) = -2 * 3333283333.5
        assertEquals(-6666566667.0, Double.parseDouble(lines[1]), 1e-3);
        assertEquals(-6666566667.0, Double.parseDouble(lines[2]), 1e-3);
        assertEquals(3333283333.5, Double.parseDouble(lines[3]), 1e-6);
    }

    /** Nested calls and lists cost the parser a look to the end of the nest at every level: deep ones stop with a clear error, not minutes of work. */
    @Test void deeplyNestedCallsWorkUpToALimitThenStopPlainly() {
        GdRun ok = GdRun.exprs("params x", "e = " + "sin(".repeat(1500) + "x" + ")".repeat(1500), "size(e)");
        assertEquals("", ok.err());
        assertEquals("1501", ok.text());
        GdRun deep = GdRun.exprs("params x", "e = " + "sin(".repeat(30_000) + "x" + ")".repeat(30_000));
        assertEquals(65, deep.exit());
        assertTrue(deep.err().startsWith("<expr>:1:" + (4 + 4 * 2000 + 4) + ": error: calls and lists are nested more than 2000 deep here"), deep.err());
        GdRun lists = GdRun.exprs("[".repeat(30_000) + "]".repeat(30_000));
        assertEquals(65, lists.exit());
        assertTrue(lists.err().contains("nested more than 2000 deep"), lists.err());
    }
}
