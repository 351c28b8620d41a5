package gd.train;

import gd.GdRun;
import gd.grad.Tape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mini-batches without a graph per batch: each batch's loss is a data sum over that batch's rows,
 * with the same graph as every other batch of its size, so one tape serves them all (counted by
 * Tape.compiles). The numbers are those of the seed's graph per batch ('if true' keeps it).
 */
class MiniBatchTest {
    private static final String DATA = "params w b\nxs = linspace(-1, 1, 100)\nys = [1.5*x - 0.5 + 0.1*sin(7*x) for x in xs]\n"
            + "data = zip(xs, ys)\n";

    private static String loop(String filter) {
        return "for epoch in range(3):\n"
                + "    for batch in batches(data, 32, shuffle=true, seed=epoch):\n"
                + "        loss = sum((w*x + b - y)**2 for x, y in batch" + filter + ") / len(batch)\n"
                + "        g = grad(loss)\n"
                + "        w -= 0.1 * g[w]\n"
                + "        b -= 0.1 * g[b]\n";
    }

    @Test
    void aHandWrittenBatchLoopCompilesOncePerBatchSize() {
        long before = Tape.compiles();
        GdRun fast = GdRun.exprs(DATA + loop(""), "[val(w), val(b)]");
        long compiled = Tape.compiles() - before;
        before = Tape.compiles();
        GdRun seeds = GdRun.exprs(DATA + loop(" if true"), "[val(w), val(b)]");
        long seedCompiled = Tape.compiles() - before;
        assertEquals(0, fast.exit(), fast.err());
        assertEquals(2, compiled, "12 batches of sizes 32 and 4: one tape each");
        assertEquals(12, seedCompiled, "the seed's graph is new for every batch");
        assertClose(seeds.text(), fast.text());
    }

    @Test
    void trainWithBatchesCompilesOncePerBatchSize() {
        String lossFn = "batch_loss(batch) = sum((w*x + b - y)**2 for x, y in batch) / len(batch)\n";
        long before = Tape.compiles();
        GdRun run = GdRun.exprs(DATA + lossFn + "r = train(batch_loss, data=data, batch=8, epochs=10, seed=1, lr=0.1, chart=false)",
                "r.steps", "[val(w), val(b)]");
        long compiled = Tape.compiles() - before;
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.text().contains("\n130\n"), run.text());   // 10 epochs of 13 batches (12 of 8, one of 4)
        assertEquals(3, compiled, "batches of 8 and of 4, and the whole data at the end");
        String seedFn = "batch_loss(batch) = sum((w*x + b - y)**2 for x, y in batch if true) / len(batch)\n";
        GdRun seeds = GdRun.exprs(DATA + seedFn + "r = train(batch_loss, data=data, batch=8, epochs=10, seed=1, lr=0.1, chart=false)",
                "r.steps", "[val(w), val(b)]");
        assertClose(last(seeds.text()), last(run.text()));
    }

    @Test
    void batchesAreOneEpochOfTrainsOrder() {
        GdRun run = GdRun.exprs(DATA, "[len(b) for b in batches(data, 32)]", "batches(data, 32)[1][0] == data[32]",
                "bs = batches(data, 10, shuffle=true, seed=3)\n[len([r for b in bs for r in b]), abs(sum([r[0] + 2*r[1] for b in bs for r in b]) - sum([r[0] + 2*r[1] for r in data])) < 1e-12]",
                "batches([[1, 2], [3, 4], [5, 6]], 2)", "small = sum((w*x - y)**2 for x, y in batches(data, 2)[0])", "small");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.text().lines().toList();
        assertEquals(List.of("[32, 32, 32, 4]", "true", "[100, true]", "[[[1, 2], [3, 4]], [[5, 6]]]"), lines.subList(0, 4));
        assertTrue(lines.get(4).startsWith("(+ (+ 0 (** (- (* w -1.0) "), lines.get(4));   // a batch's sum prints as the seed's
    }

    private static String last(String text) { return text.lines().reduce((x, y) -> y).orElse(""); }

    /** Two lists of numbers "[a, b]" equal to 1e-12 relative (the gradient adds the same partials in another order). */
    private static void assertClose(String expected, String actual) {
        String[] e = expected.replaceAll("[\\[\\]]", "").split(", "), a = actual.replaceAll("[\\[\\]]", "").split(", ");
        assertEquals(e.length, a.length, actual);
        for (int i = 0; i < e.length; i++) {
            double x = Double.parseDouble(e[i]), y = Double.parseDouble(a[i]);
            assertTrue(Math.abs(x - y) <= 1e-12 * Math.abs(x), expected + " vs " + actual);
        }
    }
}
