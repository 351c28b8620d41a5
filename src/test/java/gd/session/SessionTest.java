package gd.session;

import gd.eval.Values;
import gd.expr.Expr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine: outcomes as data, Python's numbers, and a failing statement that changes nothing. */
class SessionTest {
    private final List<String> printed = new ArrayList<>();
    private final Session session = new Session(printed::add);

    private String show(String text) {
        List<Outcome> out = session.eval("<test>", text);
        Outcome last = out.get(out.size() - 1);
        if (last instanceof Outcome.Failed f) return "error: " + f.diagnostic().message();
        return last instanceof Outcome.Value v ? Values.show(v.value()) : "";
    }

    @Test void pythonNumbers() {
        show("params x y");
        assertEquals("10", show("val(x**2 + x*y, {x: 2, y: 3})"));
        assertEquals("15.0", Double.toString(Double.parseDouble(show("val(x / 2 * 10, {x: 3})"))));
        assertEquals("3.5", show("7 / 2"));
        assertEquals("2", show("4 / 2"));                 // a float 2.0 prints as 2
        assertEquals("0.5", show("2**-1"));
        assertEquals("1267650600228229401496703205376", show("2**100"));
        assertEquals("true", show("1 == 1.0"));
    }

    @Test void operatorsOnExpressionsBuildUnsimplifiedNodes() {
        show("params m b");
        assertEquals("(+ (* m -2) b)", show("m * -2 + b"));
        assertEquals("(- 0 m)", show("-m"));
        assertEquals("(+ (+ 0 m) b)", show("sum([m, b])"));
        assertEquals("(sin (* 2 m))", show("sin(2*m)"));
        assertEquals("0.9092974268256817", show("sin(2)"));
    }

    @Test void aFailingStatementChangesNothing() {
        show("params m b=2\nk = 5");
        String error = show("k = 7\nparams m=9 b=foo");
        assertTrue(error.startsWith("error: unknown name 'foo'"), error);
        assertEquals("7", show("k"));                 // the statement before the failing one ran
        assertEquals("2", show("val(b)"));            // params m=9 b=foo bound nothing
        assertEquals("0", show("val(m)"));
    }

    @Test void outcomesAreData() {
        List<Outcome> out = session.eval("<test>", "params x\ne = x + 1\ne\nprint(\"hi\", e)");
        assertEquals(4, out.size());
        assertInstanceOf(Outcome.Done.class, out.get(0));
        assertInstanceOf(Outcome.Done.class, out.get(1));
        assertInstanceOf(Expr.class, ((Outcome.Value) out.get(2)).value());
        assertEquals(List.of("hi (+ x 1)"), printed);
    }

    @Test void userFunctionsSeeGlobalsAtCallTime() {
        show("params m b\nmodel(x) = m*x + b");
        assertEquals("(+ (* m 3) b)", show("model(3)"));
        assertEquals("[(+ (* m -2) b), (+ (* m 3) b)]", show("[model(x) for x in [-2, 3]]"));
        String error = show("model(1, 2)");
        assertEquals("error: model takes 1 argument (x), got 2", error);
    }

    @Test void hugeSharedGraphsPrintCutShort() {
        show("params x\ne = x");
        for (int i = 0; i < 30; i++) show("e = e * e");
        assertEquals("2147483647", show("size(e)"));
        String printed = show("e");
        assertTrue(printed.endsWith("nodes not shown]") && printed.length() < 200_000, printed.substring(printed.length() - 80));
    }

    @Test void aTrainingRunIsNotEchoedAfterItsOwnReportButPrintsWhenAskedFor() {
        List<Outcome> bare = session.eval("<test>", "params m\ntrain((m - 1)**2, steps=3, chart=false)");
        assertInstanceOf(Outcome.Done.class, bare.get(1));
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("trained 3 steps")), printed.toString());
        assertTrue(show("run = train((m - 1)**2, steps=3, chart=false)\nrun").startsWith("<run: 3 steps"));
    }
}
