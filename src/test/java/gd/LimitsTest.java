package gd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits that answer at once instead of after minutes and gigabytes (issue 13, items 12, 15 and 16). */
class LimitsTest {
    @Test void endlessRecursionStopsAtAFixedDepth() {
        GdRun r = GdRun.exprs("f(x) = f(x)", "f(1)");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("f was called 10,000 deep without returning"), r.err());
        GdRun ok = GdRun.exprs("g(n) = 1 if n == 0 else n * g(n - 1)", "g(5000) > 0");
        assertEquals("true\n", ok.out(), ok.err());
    }

    @Test void exactProductsHaveTheSameCapAsPowers() {
        GdRun r = GdRun.exprs("a = 3**400000", "a*a*a*a");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("too large to compute exactly (over a million bits)"), r.err());
        GdRun big = GdRun.exprs("a = 2**499000", "b = a*a", "b > a", "1.0 * a > 1");
        assertEquals("true\ntrue\n", big.out(), big.err());
    }

    @Test void theLargestExactNumberPrints() {
        GdRun r = GdRun.exprs("2**499000 * 2**499000");
        assertEquals(0, r.exit(), r.err());
        assertEquals(300_428, r.text().length());   // the digits of 2**998000
    }

    @Test void stepsUpToTheLargestIntAreAccepted() {
        GdRun r = GdRun.exprs("params m", "run = train((m - 1)**2, steps=2147483647, until=0.5, chart=false)", "run.steps");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("\n2\n"), r.out());
        GdRun over = GdRun.exprs("params m", "train((m - 1)**2, steps=2147483648)");
        assertTrue(over.err().contains("steps must be a whole number from 0 to 2147483647, got the number 2147483648"), over.err());
    }
}
