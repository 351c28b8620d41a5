package bench;

import gd.expr.Expr;
import gd.session.Session;
import gd.grad.Tape;

import java.util.ArrayList;
import java.util.List;

/**
 * W3's memory: the heap held by its 10,000-point loss expression, then by its compiled Tape,
 * measured as the growth of the live heap after full collections (a small heap measurement,
 * enough to check the 64 MB target). Also builds and trains a 1,000,000-point line loss, which
 * must not overflow the stack. Run with the gd jar on the class path.
 */
public final class GraphMemory {
    public static void main(String[] args) throws Exception {
        List<Object> keep = new ArrayList<>();
        Session s = new Session(text -> { });
        long base = live();
        s.eval("w3", "params p3 p2 p1 p0\nxs = linspace(-1, 1, 10000)\n"
                + "loss = sum((p3*x**3 + p2*x**2 + p1*x + p0 - (2*x**3 - 3*x**2 + 0.5*x + 1))**2 for x in xs) / len(xs)\nxs = 0\n");
        Expr loss = (Expr) s.value("loss");
        long graph = live();
        Tape tape = Tape.compile(loss, new ArrayList<>(s.parameters().keySet()));
        keep.add(tape);
        long withTape = live();
        System.out.printf("W3 loss expression: %.1f MB; its tape (%d nodes): %.1f MB; total %.1f MB%n",
                (graph - base) / 1e6, tape.size(), (withTape - graph) / 1e6, (withTape - base) / 1e6);

        long t0 = System.nanoTime();
        Session big = new Session(text -> { });
        var outcomes = big.eval("million", "params m b\nxs = linspace(-1, 1, 1000000)\n"
                + "loss = sum((m*x + b - (2*x + 1))**2 for x in xs) / len(xs)\nrun = train(loss, lr=0.5, steps=20, chart=false)\nval(m)\n");
        Object last = outcomes.get(outcomes.size() - 1);
        Object m = last instanceof gd.session.Outcome.Value v ? v.value() : last;
        System.out.println("1,000,000-point line loss, built and trained 20 steps: m = " + m + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        keep.add(loss);
    }

    private static long live() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) { System.gc(); Thread.sleep(50); }
        return rt.totalMemory() - rt.freeMemory();
    }
}
