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

    /** Nested calls and lists parse in time linear in their depth (the grammar decides after the first item, never looking across it). */
    @Test void deeplyNestedCallsAndListsWork() {
        GdRun calls = GdRun.exprs("params x", "e = " + "sin(".repeat(30_000) + "x" + ")".repeat(30_000), "size(e)", "nodes(e)");
        assertEquals("", calls.err());
        assertEquals("30001\n30001", calls.text());
        GdRun lists = GdRun.exprs("xs = " + "[".repeat(30_000) + "]".repeat(30_000), "len(xs)");
        assertEquals("", lists.err());
        assertEquals("1", lists.text());
    }
}
