package gd.plot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ticks on axes whose span is subnormal, overflowing, or far below the precision of its ends (issue 13, item 11). */
class TicksTest {
    /** A deadline for a loop that never ends (the old code filled the heap), not a timing assertion. */
    private static final Duration HANG = Duration.ofSeconds(20);

    private static List<Double> ticks(double lo, double hi) {
        return assertTimeoutPreemptively(HANG, () -> Ticks.of(Scale.of(lo, hi, false), 6));
    }

    @Test void aSubnormalPointGetsFiniteTicks() {
        List<Double> t = ticks(5e-324, 5e-324);
        assertTrue(!t.isEmpty() && t.size() <= 30, t.toString());
        for (double v : t) assertTrue(Double.isFinite(v), t.toString());
    }

    @Test void aSpanUpToTheLargestDoubleEnds() {
        List<Double> t = ticks(-1, 1.7976931348623157e308);
        assertTrue(t.size() <= 30, t.toString());
        for (double v : t) assertTrue(Double.isFinite(v), t.toString());
    }

    @Test void aSpanBelowTheEndsPrecisionEnds() {
        List<Double> t = ticks(1e17, 1e17 + 64);
        assertTrue(t.size() <= 30, t.toString());
        for (int i = 1; i < t.size(); i++) assertTrue(t.get(i) > t.get(i - 1), t.toString());
    }

    @Test void ordinaryAxesKeepRoundSteps() {
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0), ticks(0, 3));
    }

    @Test void theIssuesPlotsFinishInTheTerminalAndAsPictures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertTimeoutPreemptively(HANG, () -> {
            for (String data : List.of("[5e-324]", "[-1, 1e17, 1.7976931348623157e308]")) {
                gd.GdRun r = gd.GdRun.exprs("plot(" + data + ")", "plot(" + data + ", to=\"" + dir.resolve("p.png") + "\")");
                assertEquals(0, r.exit(), r.err());
                assertTrue(r.out().contains("wrote"), r.out());
            }
        });
    }
}
