package gd.session;

import gd.eval.Values;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unit of undo is one statement: what a failing statement changed (names, parameters, notation) is put back; earlier ones stay. */
class RollbackTest {
    private final List<String> printed = new ArrayList<>();
    private final Session session = new Session(printed::add);

    private String show(String text) {
        List<Outcome> out = session.eval("<test>", text);
        Outcome last = out.get(out.size() - 1);
        if (last instanceof Outcome.Failed f) return "error: " + f.diagnostic().message();
        return last instanceof Outcome.Value v ? session.show(v.value()) : "";
    }

    @Test void notationSetInAFailingStatementIsUndone() {
        show("params x");
        assertTrue(show("[notation(\"infix\"), 1/0]").startsWith("error: division by zero"));
        assertEquals("(+ x 1)", show("x + 1"));
    }

    @Test void theStatementBeforeTheFailingOneOnALineStaysDone() {
        assertTrue(show("k = 1; 1/0").startsWith("error:"));
        assertEquals("1", show("k"));
    }

    @Test void aFailingLoopUndoesAllItsAssignmentsAndNewNames() {
        show("total = 0\nxs = [1, 2]");
        String error = show("""
                for i in range(5):
                    total += i
                    xs.append(i)
                    fresh = i
                    if i == 3:
                        1/0
                """);
        assertTrue(error.startsWith("error: division by zero"), error);
        assertEquals("0", show("total"));
        assertEquals("[1, 2]", show("xs"));
        assertTrue(show("fresh").startsWith("error: unknown name 'fresh'"));
    }

    @Test void listsAreSharedAndAFailingStatementUndoesWhatItDidToThem() {
        show("xs = [1, 2]\nys = xs\nm = [xs, [0]]");
        String error = show("""
                for i in range(3):
                    xs.append(i)
                    ys[0] = 10 + i
                    m[1][0] += 1
                    xs += [7]
                    if i == 2:
                        1/0
                """);
        assertTrue(error.startsWith("error: division by zero"), error);
        assertEquals("[1, 2]", show("ys"));
        assertEquals("[[1, 2], [0]]", show("m"));
        show("ys.append(3)\nm[1][0] = 5\nys += [4]");
        assertEquals("[1, 2, 3, 4]", show("xs"));
        assertEquals("[[1, 2, 3, 4], [5]]", show("m"));
        show("zs = xs + [9]\nzs[0] = 0");
        assertEquals("[1, 2, 3, 4]", show("xs"));                 // + makes a new list, as in Python
        show("def grow(l):\n    l.append(len(l))\ngrow(xs)");
        assertEquals("[1, 2, 3, 4, 4]", show("ys"));
    }

    @Test void aListMadeByABuiltInIsSharedToo() {
        show("p = zip([1, 2], [3, 4])\nq = p\np[0].append(9)\nq[1][0] = 7");
        assertEquals("[[1, 3, 9], [7, 4]]", show("p"));
        assertTrue(show("for k in [1]:\n    p[1].append(5)\n    1/0").startsWith("error:"));
        assertEquals("[[1, 3, 9], [7, 4]]", show("q"));
    }

    @Test void aListInsideItselfPrintsAsInPython() {
        show("a = [1]\na.append(a)\nb = {\"a\": a}");
        assertEquals("[1, [...]]", show("a"));
        assertEquals("{\"a\": [1, [...]]}", show("b"));
        assertEquals("[1, [...]]", show("str(a)"));
        assertEquals("true", show("a[1][1] == a"));
    }

    @Test void parameterValuesAndRedeclarationsAreUndone() {
        show("params m=1\nm = 2");
        assertTrue(show("m = 5; params m=7 q=3\n1/0").startsWith("error:"));
        assertEquals("7", show("val(m)"));               // the two statements before the failing one ran
        assertTrue(show("m = 8\nq = 4\nzz").startsWith("error:"));
        assertEquals("8", show("val(m)"));
        assertEquals("4", show("val(q)"));
        show("m = 9; q = 10");
        assertTrue(show("for i in range(2):\n    m += 1\n    q = [1]").startsWith("error: 'q' is a parameter"));
        assertEquals("9", show("val(m)"));
        assertEquals("10", show("val(q)"));
    }

    /** Ctrl-C keeps a loop's finished iterations (StopTest has the details): n counts exactly those. */
    @Test void anInterruptStopsAnEndlessLoopAndKeepsItsFinishedIterations() throws Exception {
        show("n = 0");
        List<List<Outcome>> result = new ArrayList<>();
        Thread t = new Thread(() -> result.add(session.eval("<test>", "while True:\n    n += 1\n    for i in range(3):\n        pass\n")));
        t.start();
        Thread.sleep(200);                          // let it loop; what is checked is that it stops, not how fast
        t.interrupt();
        t.join(20_000);
        assertTrue(!t.isAlive(), "the loop did not stop on interrupt");
        Outcome last = result.get(0).get(result.get(0).size() - 1);
        assertTrue(last instanceof Outcome.Failed f && f.diagnostic().message().startsWith("interrupted"), String.valueOf(last));
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("(\\d+) iterations? (before it are kept|of the loop, which are kept)")
                .matcher(((Outcome.Failed) last).diagnostic().message());
        String n = kept.find() ? kept.group(1) : "0";
        assertEquals(n, show("n"), ((Outcome.Failed) last).diagnostic().message());
    }

    @Test void manyStatementsEachUndoOnlyTheirOwnChanges() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 20_000; i++) script.append('v').append(i).append(" = ").append(i).append('\n');
        script.append("v7 = 0\nnope\n");
        assertTrue(show(script.toString()).startsWith("error: unknown name 'nope'"));
        assertEquals("0", show("v7"));
        assertEquals("19999", show("v19999"));
        assertEquals(20_000, session.bindings().size());
    }
}
