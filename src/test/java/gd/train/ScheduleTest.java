package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train's learning-rate schedules, every=0, a metric beside the loss, and progress lines that fit the width. */
class ScheduleTest {
    private static final String LINE = "params m b\nxs = [-2, 3]\nloss = sum((m*x + b - (2*x + 1))**2 for x in xs) / len(xs)\n";

    @Test
    void aScheduleGivesEachUpdateItsRateAsAHandWrittenLoopWould() {
        GdRun r = GdRun.exprs(LINE + "rate(k) = 0.1 - 0.09*k/20\nrun = train(loss, lr=rate, steps=20, every=0, chart=false)\n"
                + "got = [val(m), val(b)]\nm = 0\nb = 0\n"
                + "for k in range(20):\n    g = grad(loss)\n    lr = rate(k)\n    m -= lr*g[m]\n    b -= lr*g[b]\n"
                + "got == [val(m), val(b)] and got != [0, 0]");
        assertTrue(r.text().endsWith("true"), r.out() + r.err());
    }

    @Test
    void aScheduleMustGiveAPositiveRate() {
        GdRun r = GdRun.exprs(LINE + "rate(k) = 0.1 - k\ntrain(loss, lr=rate, steps=5, chart=false)");
        assertEquals(70, r.exit());
        assertTrue(r.err().contains("rate(1) must be a positive number"), r.err());
        r = GdRun.exprs(LINE + "rate(a, k) = 0.1\ntrain(loss, lr=rate, steps=5, chart=false)");
        assertTrue(r.err().contains("a learning-rate schedule is a function of the step"), r.err());
    }

    @Test
    void everyZeroPrintsNoProgressLines() {
        GdRun r = GdRun.exprs(LINE + "train(loss, steps=30, every=0, chart=false)");
        assertFalse(r.out().contains("step "), r.out());
        assertTrue(r.out().startsWith("trained 30 steps with sgd"), r.out());
    }

    @Test
    void aMetricShowsBesideTheLossAndIsRecorded() {
        GdRun r = GdRun.exprs(LINE + "close = 1 - heaviside(abs(m - 2) - 0.5)\n"
                + "run = train(loss, lr=0.1, steps=20, every=10, chart=false, metric=close)\n[run.metric[0], run.metric[20], len(run.metric)]\nrun");
        assertTrue(r.out().contains("step  0  loss 29           close 0          m 0  b 0"), r.out());
        assertTrue(r.out().contains("[0, 1, 21]"), r.out());
        assertTrue(r.out().contains("<run: 20 steps, sgd, loss 0.000132441, close 1, m = 2.00106"), r.out());
        r = GdRun.exprs(LINE + "params z\ntrain(loss, steps=2, metric=z*2)");
        assertTrue(r.err().contains("the metric uses z, which is not a parameter of this loss"), r.err());
    }

    @Test
    void progressLinesStayWithinTheWidthWhateverTheParameterCount() {
        GdRun r = GdRun.exprs("w = param(\"w\", random(40, seed=2))\nloss = sum(p*p for p in w)\nrun = train(loss, steps=4, every=2, chart=false)\nrun");
        for (String line : r.out().split("\n")) if (line.startsWith("step ")) assertTrue(line.length() <= 80, line);
        assertTrue(r.out().contains("w[0] "), r.out());
        assertTrue(r.out().matches("(?s).*step 0  loss .*  \\(and 3\\d more\\)\n.*"), r.out());
        assertTrue(r.out().contains(", and 36 more>"), r.out());
    }
}
