package gd.repl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static gd.repl.ReplDriver.CTRL_C;
import static gd.repl.ReplDriver.CTRL_D;
import static gd.repl.ReplDriver.ENTER;
import static gd.repl.ReplDriver.TAB;
import static gd.repl.ReplDriver.UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL as a user meets it: the real LineReader on an in-memory terminal, keys in, screen out. */
class ReplTest {
    @TempDir Path dir;

    private ReplDriver repl() throws Exception { return new ReplDriver(dir.resolve("history")); }

    @Test
    void evaluatesAndKeepsTheLastResultAsUnderscore() throws Exception {
        try (ReplDriver r = repl()) {
            assertTrue(r.enter("2 * 21").contains("42"));
            assertTrue(r.enter("_ + 1").contains("43"));
        }
    }

    @Test
    void showAndNotationAgree() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("notation(\"infix\")");
            String shown = r.enter(":show");
            assertTrue(shown.contains("expressions print as infix"), shown);
            r.enter(":show latex");
            r.enter(":reset");
            shown = r.enter(":show");
            assertTrue(shown.contains("expressions print as latex"), shown);
        }
    }

    @Test
    void aBlockGoesOnUntilAnEmptyLineAndSavesAsTyped() throws Exception {
        Path script = dir.resolve("block.gd");
        try (ReplDriver r = repl()) {
            r.type("for k in range(3):" + ENTER);         // typed as a person types: the indentation is offered
            r.await(Repl.MORE + "    ");
            r.type("if k != 1:" + ENTER);
            r.await(Repl.MORE + "        ");
            r.type("print(k * 10)" + ENTER);
            r.await(Repl.MORE + "        ");
            String shown = r.enter("");
            assertTrue(shown.contains("0\n20\n"), shown);
            assertTrue(r.enter(":save " + script).contains("saved 1 input"));
        }
        assertEquals("for k in range(3):\n    if k != 1:\n        print(k * 10)\n", Files.readString(script).replaceFirst("^#[^\n]*\n", ""));
    }

    @Test
    void theOfferedIndentationDropsALevelAfterReturnAndBackspaceDedents() throws Exception {
        try (ReplDriver r = repl()) {
            r.type("def sign_of(x):" + ENTER);
            r.await(Repl.MORE + "    ");
            r.type("if x < 0:" + ENTER);
            r.await(Repl.MORE + "        ");
            r.type("return -1" + ENTER);
            r.await(Repl.MORE + "    ");                 // one level less after return
            r.type("return 1" + ENTER);
            r.await(Repl.MORE);
            r.enter("");
            assertTrue(r.enter("[sign_of(-3), sign_of(2)]").contains("[-1, 1]"));
            r.type("for k in range(2):" + ENTER);
            r.await(Repl.MORE + "    ");
            r.type("if k:" + ENTER);
            r.await(Repl.MORE + "        ");
            r.type("print(\"one\")" + ENTER);
            r.await(Repl.MORE + "        ");
            r.type("\b\b\b\bprint(k)" + ENTER);        // back to the for's body
            r.await(Repl.MORE + "    ");
            String shown = r.enter("");
            assertTrue(shown.contains("0\none\n1\n"), shown);
        }
    }

    /** Pasted text brings its own indentation: with bracketed paste, and without (keys that arrive at once), none is added. */
    @Test
    void pastedBlocksAreNotIndentedTwice() throws Exception {
        String block = "for k in range(2):\n    if k:\n        print(k + 10)\n    print(k)\n";
        try (ReplDriver r = repl()) {
            String shown = r.enter("\u001B[200~" + block + "\u001B[201~");
            assertTrue(shown.contains("0\n11\n1\n"), shown);
            r.type(block.replace("\n", ENTER) + ENTER);
            shown = r.await("1\n" + Repl.PROMPT);
            assertTrue(shown.contains("0\n11\n1\n"), shown);
            assertFalse(r.seen().contains("error"), r.seen());
        }
    }

    @Test
    void aPastedBlockFollowedByCodeRunsWhole() throws Exception {
        try (ReplDriver r = repl()) {
            r.type("def twice(x):" + ENTER + "    return 2 * x" + ENTER + "twice(21)" + ENTER);
            assertTrue(r.await(Repl.PROMPT + "").length() >= 0);
            assertTrue(r.enter("twice(4)").contains("8"));
            assertTrue(r.seen().contains("42"), r.seen());
        }
    }

    @Test
    void helpQuitAndExitAloneDoWhatTheySay() throws Exception {
        try (ReplDriver r = repl()) {
            assertTrue(r.enter("help").contains(":vars"));
            r.type("exit" + ENTER);
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void upArrowRecallsTheLastInput() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("6 * 7");
            r.type(UP);
            r.await("6 * 7");
            String shown = r.enter("+ 1");
            assertTrue(shown.contains("43"), shown);
        }
    }

    @Test
    void historyComesBackInTheNextSession() throws Exception {
        try (ReplDriver r = repl()) { r.enter("3 ** 4"); }
        assertTrue(Files.readString(dir.resolve("history")).contains("3 ** 4"));
        try (ReplDriver r = repl()) {
            r.type(UP);
            r.await("3 ** 4");
            assertTrue(r.enter("").contains("81"));
        }
    }

    @Test
    void tabCompletesANameInsideACall() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("params m b");
            r.enter("loss = (m*2 + b - 5)**2");
            r.type("val(lo" + TAB);
            r.await("val(loss");
            String shown = r.enter(")");
            assertTrue(shown.contains("25"), shown);
        }
    }

    @Test
    void tabCompletesBuiltinsAndMetaCommands() throws Exception {
        try (ReplDriver r = repl()) {
            r.type("simpl" + TAB);
            r.await("simplify");
            r.type(ReplDriver.CLEAR_LINE + ":va" + TAB);
            r.await(":vars");
        }
    }

    @Test
    void anOpenBracketAsksForMoreAndTheWholeIsOneStatement() throws Exception {
        try (ReplDriver r = repl()) {
            r.type("max(1," + ENTER);
            r.await(Repl.MORE);
            String shown = r.enter("  7)");
            assertTrue(shown.contains("7"), shown);
            assertFalse(shown.contains("error"), shown);
        }
    }

    @Test
    void anErrorShowsACaretAndChangesNothing() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("a = 1");
            String shown = r.enter("a = [2, nope]");
            assertTrue(shown.contains("<repl>:1:9: error: unknown name 'nope'"), shown);
            assertTrue(shown.contains("        ^^^^"), shown);
            assertTrue(r.enter("a").contains("1"));
        }
    }

    @Test
    void ctrlCStopsALongComputationAndKeepsTheState() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("y = 5");
            r.type("y = [i * i for i in range(40000000)]" + ENTER);
            r.await("range(40000000)]");
            Thread.sleep(300);                        // let the evaluation begin; the assertion below waits as long as needed
            r.type(CTRL_C);
            assertTrue(r.await(Repl.PROMPT).contains("interrupted; nothing was changed"));
            assertTrue(r.enter("y").contains("5"));
        }
    }

    @Test
    void ctrlCClearsTheLineBeingEdited() throws Exception {
        try (ReplDriver r = repl()) {
            r.type("1 + 1000");
            r.await("1000");
            r.type(CTRL_C);
            r.await(Repl.PROMPT);
            String shown = r.enter("2 + 2");
            assertTrue(shown.contains("4"), shown);
            assertFalse(shown.contains("1002"), shown);
        }
    }

    @Test
    void saveThenLoadRebuildsTheSession() throws Exception {
        Path script = dir.resolve("work.gd");
        try (ReplDriver r = repl()) {
            r.enter("params w=3");
            r.enter("f(x) = w * x**2");
            r.enter("bad = f(nope)");
            r.enter("k = 2; oops = nope");
            assertTrue(r.enter(":save " + script).contains("saved 3 inputs"));
            r.enter(":reset");
            String gone = r.enter("f(2)");
            assertTrue(gone.contains("unknown name 'f'"), gone);
            String loaded = r.enter(":load " + script);
            assertFalse(loaded.contains("error"), loaded);
            String shown = r.enter("val(f(k))");
            assertTrue(shown.contains("12"), shown);
            String vars = r.enter(":vars");
            assertTrue(vars.contains("w = 3"), vars);
        }
        assertEquals(Transcript.HEADER + "\nparams w=3\nf(x) = w * x**2\nk = 2\n", Files.readString(script));
    }

    @Test
    void aListInsideItselfShowsInVarsAndSaves() throws Exception {
        Path script = dir.resolve("loop.gd");
        try (ReplDriver r = repl()) {
            r.enter("a = [1]");
            r.enter("a.append(a)");
            String shown = r.enter("a");
            assertTrue(shown.contains("[1, [...]]"), shown);
            String vars = r.enter(":vars");
            assertTrue(vars.contains("a = [1, [...]]"), vars);
            String saved = r.enter(":save " + script);
            assertTrue(saved.contains("saved 3 inputs"), saved);
        }
        assertEquals(Transcript.HEADER + "\na = [1]\na.append(a)\na\n", Files.readString(script));
    }

    @Test
    void saveNeverOverwritesAFileItDidNotWrite() throws Exception {
        Path mine = dir.resolve("notes.gd");
        Files.writeString(mine, "precious\n");
        try (ReplDriver r = repl()) {
            assertTrue(r.enter(":save " + mine).contains("not written by :save"));
        }
        assertEquals("precious\n", Files.readString(mine));
    }

    @Test
    void helpExplainsABuiltinAndUnknownCommandsSuggest() throws Exception {
        try (ReplDriver r = repl()) {
            String help = r.enter(":help d");
            assertTrue(help.contains("d("), help);
            assertTrue(r.enter(":help").contains(":vars"));
            assertTrue(r.enter(":hlep").contains("did you mean ':help'?"));
        }
    }

    @Test
    void ctrlDOnAnEmptyLineExitsWithZero() throws Exception {
        try (ReplDriver r = repl()) {
            r.type(CTRL_D);
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void quitExitsWithZero() throws Exception {
        try (ReplDriver r = repl()) {
            r.type(":quit" + ENTER);
            assertEquals(0, r.exitCode());
        }
    }

    @Test
    void highlightsParametersAndNumbers() throws Exception {
        try (ReplDriver r = repl()) {
            r.enter("params m");
            r.type("m + 12");
            r.await("12");
            assertTrue(r.raw().contains("\u001B[33;1mm"), r.raw());      // a parameter: bold yellow
            assertTrue(r.raw().contains("\u001B[36m1"), r.raw());        // a number: cyan
        }
    }
}
