package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** grad(loss) in a hand-written loop: the tape is compiled once per loss, and a changed loss gets its own. */
class GradLoopTest {
    private static final String LINE = "params m b\nxs = [-2, 3]\nys = [2*x + 1 for x in xs]\n"
            + "loss = sum((m*x + b - y)**2 for x, y in zip(xs, ys)) / len(xs)\n";

    @Test
    void aHandWrittenLoopIsTrainStepForStep() {
        String loop = "for step in range(20):\n    g = grad(loss)\n    m -= 0.1 * g[m]\n    b -= 0.1 * g[b]\n";
        GdRun byHand = GdRun.exprs(LINE + loop, "[val(m), val(b)]");
        GdRun byTrain = GdRun.exprs(LINE + "r = train(loss, lr=0.1, steps=20, every=100, chart=false)", "[val(m), val(b)]");
        assertEquals(0, byHand.exit(), byHand.err());
        assertEquals(byTrain.text().lines().reduce((x, y) -> y).orElse(""), byHand.text());
    }

    @Test
    void aNewLossIsCompiledAnew() {
        GdRun run = GdRun.exprs(LINE, "grad(loss)", "loss = loss + 10*m", "grad(loss)", "m = 1", "grad(loss)");
        assertEquals("{m: -27, b: -4}\n{m: -17, b: -4}\n{m: -4, b: -3}", run.text());
    }
}
