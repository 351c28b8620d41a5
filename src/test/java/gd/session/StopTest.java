package gd.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C in training, in-process: the session's output interrupts the evaluating thread when a
 * chosen line is printed, as the REPL's signal handler would at that moment. train stops cleanly
 * and keeps what it learned; a hand-written loop keeps its finished iterations and undoes the one
 * it was in; anything else still changes nothing.
 */
class StopTest {
    private final List<String> printed = new ArrayList<>();
    private String stopAt = null;
    private final Session session = new Session(line -> {
        printed.add(line);
        if (stopAt != null && line.startsWith(stopAt)) Thread.currentThread().interrupt();
    });

    private static final String LINE = "params m b\nxs = [-2, 3]\nloss = sum((m*x + b - (2*x + 1))**2 for x in xs) / len(xs)\n";

    @AfterEach void clearInterrupt() { Thread.interrupted(); }

    private String run(String text) {
        List<Outcome> out = session.eval("<test>", text);
        Outcome last = out.get(out.size() - 1);
        if (last instanceof Outcome.Failed f) return "error: " + f.diagnostic().message();
        return last instanceof Outcome.Value v ? session.show(v.value()) : "";
    }

    @Test void trainStopsAtTheEndOfTheStepAndKeepsWhatItLearned() {
        run(LINE);
        stopAt = "step   30 ";
        assertEquals("error: interrupted during train, which kept what it had learned",
                run("run = train(loss, lr=0.01, steps=5000, every=1, chart=false); after = 1"));
        stopAt = null;
        assertEquals("30", run("run.steps"));
        assertEquals("true", run("run.stopped"));
        assertEquals("true", run("val(m) == run.history[m][30] and val(b) == run.history[b][30] and val(m) != 0"));
        assertTrue(printed.stream().anyMatch(l -> l.matches("stopped at step 30 of 5000 \\(Ctrl-C\\); parameters kept at step 30, loss \\d.*")),
                String.join("\n", printed));
        assertTrue(run("after").startsWith("error: unknown name 'after'"), "the rest of the input did not run");
        assertTrue(run("run").endsWith(", stopped by Ctrl-C>"), run("run"));
    }

    @Test void aHandWrittenLoopKeepsItsFinishedIterationsAndUndoesTheOneItWasIn() {
        run("params m b");
        stopAt = "iteration 5";
        String error = run("""
                for k in range(100):
                    m -= 1
                    print(f"iteration {k}")
                    junk = range(2)
                    b -= 1""");
        assertEquals("error: interrupted in iteration 6 of the loop: it was undone, and the 5 iterations before it are kept", error);
        stopAt = null;
        assertEquals("[-5, -5, 4]", run("[val(m), val(b), k]"));
    }

    @Test void aLoopStoppedBetweenIterationsKeepsThemAll() {
        run("params m\nn = 0");
        stopAt = "at 2";
        assertEquals("error: interrupted after 3 iterations of the loop, which are kept",
                run("for k in range(100):\n    m += 1\n    n += 1\n    print(f\"at {k}\")"));
        stopAt = null;
        assertEquals("[3, 3]", run("[val(m), n]"));
    }

    @Test void trainInALoopStopsTheLoopAndKeepsItsRun() {
        run(LINE + "count = 0");
        stopAt = "step  30 ";
        assertEquals("error: interrupted after 1 iteration of the loop, which are kept",
                run("for i in range(3):\n    run = train(loss, lr=0.01, steps=100, every=1, chart=false)\n    count += 1"));
        stopAt = null;
        assertEquals("[1, 30]", run("[count, run.steps]"));
        assertEquals("true", run("val(m) == run.history[m][30]"));
    }

    @Test void anErrorInALoopStillUndoesEveryIteration() {
        run("params m");
        assertTrue(run("for k in range(10):\n    m -= 1\n    if k == 3:\n        1/0").startsWith("error: division by zero"));
        assertEquals("0", run("val(m)"));
    }

    @Test void anInterruptOutsideLoopsAndTrainStillChangesNothing() {
        run("params m");
        stopAt = "hello";
        assertEquals("error: interrupted; nothing was changed", run("[set(m, 5), print(\"hello\"), range(3)]"));
        stopAt = null;
        assertEquals("0", run("val(m)"));
        assertFalse(session.names().contains("junk"));
    }

    @Test void miniBatchTrainingStopsAfterTheBatchItIsIn() {
        run("params w b\nrows = [[x, 3*x - 1] for x in range(10)]\nf(batch) = sum((w*x + b - y)**2 for x, y in batch) / len(batch)\n");
        stopAt = "epoch  4 ";
        assertTrue(run("run = train(f, data=rows, batch=5, epochs=50, every=1, lr=0.001, chart=false)").startsWith("error: interrupted during train"));
        stopAt = null;
        assertEquals("[8, true]", run("[run.steps, val(w) == run.history[w][8]]"), String.join("\n", printed));
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("stopped at step 8 of 100 (Ctrl-C)")), String.join("\n", printed));
    }

    @Test void everyZeroQuietsMiniBatchesToo() {
        run("params w\nrows = [[x, 2*x] for x in range(6)]\nf(batch) = sum((w*x - y)**2 for x, y in batch) / len(batch)\n");
        run("train(f, data=rows, batch=2, epochs=3, every=0, lr=0.01, chart=false)");
        assertTrue(printed.stream().noneMatch(l -> l.startsWith("epoch")), String.join("\n", printed));
    }
}
