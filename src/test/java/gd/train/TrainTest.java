package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** train, grad and advise as a user meets them. */
class TrainTest {
    private static final String LINE = "params m b\nxs = [-2, 3]\nys = [2*x + 1 for x in xs]\n"
            + "loss = sum((m*x + b - y)**2 for x, y in zip(xs, ys)) / len(xs)\n";

    @Test
    void trainUpdatesTheParametersInPlace() {
        GdRun run = GdRun.exprs(LINE, "r = train(loss, chart=false)", "val(m)", "r.steps", "r.loss[0]", "r.history[b][20]");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.text().endsWith("2.0010576248168945\n20\n29\n0.9882707595825195"), run.text());
    }

    @Test
    void bothEnginesGiveTheSameRun() {
        String reverse = GdRun.exprs(LINE, "r = train(loss, lr=0.1, steps=20, chart=false)").text();
        assertEquals(reverse, GdRun.exprs(LINE, "r = train(loss, lr=0.1, steps=20, engine=\"symbolic\", chart=false)").text());
    }

    @Test
    void aSymbolThatIsNotAParameterStopsEitherEngine() {
        for (String engine : new String[]{"reverse", "symbolic"}) {
            GdRun run = GdRun.exprs("params m", "train(sexpr(\"(* m q)\"), engine=\"" + engine + "\", chart=false)");
            assertNotEquals(0, run.exit());
            assertTrue(run.err().contains("'q' in the loss is not a parameter"), run.err());
        }
    }

    @Test
    void aModelThatIsNotAFunctionIsAPlainErrorEvenWhenAnimating() {
        GdRun run = GdRun.exprs(LINE, "train(loss, steps=2, model=3, animate=\"never-written.gif\", chart=false)");
        assertEquals(70, run.exit(), run.err());
        assertTrue(run.err().contains("model must be a function of one variable"), run.err());
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("never-written.gif")));
    }

    @Test
    void gradIsADictOfGradients() {
        assertEquals("{m: -27, b: -4}", GdRun.exprs(LINE, "grad(loss)").text().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void perParameterRatesAndUntil() {
        GdRun run = GdRun.exprs(LINE, "r = train(loss, lr={m: 0.05, b: 0.4}, steps=500, until=1e-10, chart=false)", "r.steps < 500", "r.loss[-1] < 1e-10");
        assertTrue(run.text().endsWith("true\ntrue"), run.text());
        GdRun missing = GdRun.exprs(LINE, "train(loss, lr={m: 0.05})");
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("lr has no rate for b"), missing.err());
    }

    @Test
    void divergenceIsCaughtExplainedAndRestored() {
        GdRun run = GdRun.exprs(LINE, "r = train(loss, lr=0.5, steps=100, chart=false)", "r.diverged", "val(m)");
        assertEquals(0, run.exit(), run.err());
        String out = run.text();
        assertTrue(out.contains("diverged at step 5"), out);
        assertTrue(out.contains("m's updates blew up: lr 0.5 is at or above its largest stable rate, 2/(d²loss/dm²) = 2/13 = 0.154"), out);
        assertTrue(out.endsWith("true\n-1958.1875"), out);                 // restored to step 4, the last finite one
    }

    @Test
    void adviseGivesTheCurvatureLimits() {
        String out = GdRun.exprs(LINE, "advise(loss)").text();
        assertTrue(out.contains("m: d²loss/dm² = 13, stable alone while lr < 0.154"), out);
        assertTrue(out.contains("b: d²loss/db² = 2, stable alone while lr < 1"), out);
    }

    @Test
    void adamsFirstStepMovesEachParameterByTheRate() {
        // Adam's bias-corrected first step is lr · g/(|g| + eps): about lr against the gradient's sign.
        String out = GdRun.exprs(LINE, "r = train(loss, optimizer=\"adam\", lr=0.01, steps=1, chart=false)", "r.history[m][1]", "r.history[b][1]").text();
        String[] lines = out.split("\n");
        assertEquals(0.01, Double.parseDouble(lines[lines.length - 2]), 1e-9);
        assertEquals(0.01, Double.parseDouble(lines[lines.length - 1]), 1e-9);
    }

    @Test
    void badOptionsAreClearErrors() {
        GdRun run = GdRun.exprs(LINE, "train(loss, optimizr=\"adam\")");
        assertTrue(run.err().contains("did you mean 'optimizer'"), run.err());
        assertTrue(GdRun.exprs(LINE, "train(loss, engine=\"fast\")").err().contains("engine must be one of"));
        assertTrue(GdRun.exprs("train(1 + 2)").err().contains("no parameters to train"));
    }
}
