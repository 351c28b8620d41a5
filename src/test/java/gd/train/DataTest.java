package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** linspace against numpy, seeded data, load's errors, and mini-batch semantics, through the language. */
class DataTest {

    @Test
    void linspaceIsBitIdenticalToNumpy() {
        // Values printed by numpy 2.4 (float.hex) for the same calls.
        assertEquals(Double.parseDouble("-0x1.5555555555556p-2"), DataLib.linspace(-1, 1, 1000)[333]);
        assertEquals(Double.parseDouble("0x1.1c71c71c71c72p-1"), DataLib.linspace(-1, 1, 1000)[777]);
        assertEquals(Double.parseDouble("0x1.5555555555554p-2"), DataLib.linspace(-1, 1, 7)[4]);
        assertEquals(Double.parseDouble("0x1.7111111111110p+1"), DataLib.linspace(-3.7, 12.1, 13)[5]);
        assertEquals(Double.parseDouble("-0x1.9000000000000p-1"), DataLib.linspace(2.5, -1.25, 9)[7]);
        assertEquals("[0.1, 0.25, 0.4, 0.5499999999999999, 0.7]", GdRun.exprs("linspace(0.1, 0.7, 5)").text());
    }

    @Test
    void randomAndNoiseAreReproducibleForASeed() {
        assertEquals(GdRun.exprs("noise(5, sd=0.1, seed=3)").text(), GdRun.exprs("noise(5, sd=0.1, seed=3)").text());
        assertNotEquals(GdRun.exprs("random(5, seed=3)").text(), GdRun.exprs("random(5, seed=4)").text());
        assertEquals("true", GdRun.exprs("xs = random(100, lo=2, hi=3)", "min(xs) >= 2 and max(xs) < 3").text());
    }

    @Test
    void loadReadsRowsAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.csv"), bad = dir.resolve("bad.csv");
        Files.writeString(good, "x,y\n1,2\n0.5,-3e2\n");
        Files.writeString(bad, "x,y\n1,2\n3,oops\n");
        assertEquals("[[1, 2], [0.5, -300]]", GdRun.exprs("load(\"" + good + "\")").text());
        GdRun run = GdRun.exprs("load(\"" + bad + "\")");
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("bad.csv:3: 'oops' is not a number"), run.err());
        assertTrue(GdRun.exprs("load(\"" + dir.resolve("none.csv") + "\")").err().contains("cannot read"));
    }

    @Test
    void loadLooksBesideTheScriptFirst(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pts.csv"), "x,y\n1,2\n");
        Path script = dir.resolve("s.gd");
        Files.writeString(script, "load(\"pts.csv\")\n");
        assertEquals("[[1, 2]]", GdRun.args(script.toString()).text());
    }

    private static final String BATCHES = "params w b\nrows = [[x, 3*x - 1] for x in range(10)]\n"
            + "f(batch) = sum((w*x + b - y)**2 for x, y in batch) / len(batch)\n";

    @Test
    void miniBatchesKeepTheLastPartialBatchAndReproduceForASeed() {
        GdRun run = GdRun.exprs(BATCHES, "r = train(f, data=rows, batch=4, epochs=3, lr=0.01, seed=5, chart=false)", "r.steps", "val(w)");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.text().split("\n");
        assertEquals("9", lines[lines.length - 2]);                    // 3 epochs of 4 + 4 + 2
        assertEquals(run.text(), GdRun.exprs(BATCHES, "r = train(f, data=rows, batch=4, epochs=3, lr=0.01, seed=5, chart=false)", "r.steps", "val(w)").text());
        assertNotEquals(lines[lines.length - 1], last(GdRun.exprs(BATCHES, "r = train(f, data=rows, batch=4, epochs=3, lr=0.01, seed=6, chart=false)", "val(w)")));
        assertEquals(last(GdRun.exprs(BATCHES, "r = train(f, data=rows, batch=4, epochs=3, lr=0.01, shuffle=false, chart=false)", "val(w)")),
                last(GdRun.exprs(BATCHES, "r = train(f, data=rows, batch=4, epochs=3, lr=0.01, shuffle=false, seed=9, chart=false)", "val(w)")));
    }

    private static String last(GdRun run) {
        String[] lines = run.text().split("\n");
        return lines[lines.length - 1];
    }
}
