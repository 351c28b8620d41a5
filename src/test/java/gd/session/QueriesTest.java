package gd.session;

import gd.ast.Stmt;
import gd.expr.Num;
import gd.teach.Notation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the REPL and a notebook ask the session: bindings, built-ins, notation, and outcomes that carry their statement. */
class QueriesTest {
    @Test void bindingsSayWhatEachNameIs() {
        Session s = new Session(t -> { });
        s.eval("<t>", "params m=2 b\ne = m*3\nf(x, y) = x + y");
        List<Binding> all = s.bindings();
        assertEquals(List.of("m", "b", "e", "f"), all.stream().map(Binding::name).toList());
        assertEquals(new Binding.Parameter("m", Num.of(2)), all.get(0));
        assertEquals("(* m 3)", s.show(((Binding.Variable) all.get(2)).value()));
        assertEquals("f(x, y)", ((Binding.Function) s.binding("f")).signature());
        assertNull(s.binding("sin"));
        assertNotNull(s.builtin("sin"));
        assertTrue(s.builtins().stream().anyMatch(b -> b.name().equals("train")));
        assertTrue(s.keywords().contains("params"));
    }

    @Test void onlyAnInteractiveSessionBindsTheLastValue() {
        Session script = new Session(t -> { });
        script.eval("<t>", "6 * 7");
        assertNull(script.binding(Session.LAST));
        Session repl = new Session(t -> { }, true);
        List<Outcome> out = repl.eval("<t>", "6 * 7; _ + 1");
        assertEquals("43", repl.show(((Outcome.Value) out.get(1)).value()));
        assertEquals(new Binding.Variable("_", Num.of(43)), repl.binding("_"));
    }

    @Test void notationBelongsToTheSession() {
        Session s = new Session(t -> { });
        assertEquals(Notation.SEXPR, s.notation());
        s.eval("<t>", "notation(\"latex\")");
        assertEquals(Notation.LATEX, s.notation());
        s.notation(Notation.INFIX);
        List<Outcome> out = s.eval("<t>", "params x\nx**2/2");
        assertEquals("x**2/2", s.show(((Outcome.Value) out.get(1)).value()));
    }

    @Test void aFailureCarriesTheStatementThatFailed() {
        Session s = new Session(t -> { });
        List<Outcome> out = s.eval("<t>", "a = 1\nb = nope\nc = 3");
        Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, out.get(1));
        assertInstanceOf(Stmt.Assign.class, f.stmt());
        assertEquals(2, f.stmt().span().line());
        Outcome.Failed syntax = assertInstanceOf(Outcome.Failed.class, s.eval("<t>", "1 +").get(0));
        assertNull(syntax.stmt());
    }
}
