package gd.session;

import gd.diff.Derivative;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C (an interrupt of the evaluating thread) stops d and simplify, and a cancelled statement assigns nothing (issue 13, item 10). */
class CancelTest {
    private static <T> T interrupted(Supplier<T> task) {
        Thread.currentThread().interrupt();
        try {
            return task.get();
        } finally {
            Thread.interrupted();
        }
    }

    private static Expr sines(int n) {
        Expr e = Expr.sym("x");
        for (int i = 0; i < n; i++) e = Expr.call(gd.expr.Fn.SIN, e);
        return e;
    }

    @Test void dChecksForCtrlC() {
        assertThrows(Cancel.Interrupted.class, () -> interrupted(() -> Derivative.raw(sines(3), Expr.sym("x"))));
        assertThrows(Cancel.Interrupted.class, () -> interrupted(() -> Derivative.tidy(sines(3), Expr.sym("x"))));
    }

    @Test void simplifyChecksForCtrlC() {
        Expr x = Expr.sym("x");
        Expr e = Expr.apply(gd.expr.Op.ADD, List.of(Expr.apply(gd.expr.Op.MUL, List.of(x, x)), x));
        assertThrows(Cancel.Interrupted.class, () -> interrupted(() -> Simplifier.simplify(e)));
    }

    @Test void aCancelledStatementAssignsNothing() {
        Session s = new Session(new gd.eval.Output() { @Override public void line(String text) { } });
        s.eval("<repl>", "params x; r = x*x + x");
        List<Outcome> out = interrupted(() -> s.eval("<repl>", "s = simplify(r)"));
        Outcome.Failed f = assertInstanceOf(Outcome.Failed.class, out.get(out.size() - 1));
        assertTrue(f.diagnostic().message().startsWith("interrupted"), f.diagnostic().message());
        assertFalse(s.names().contains("s"), "the cancelled assignment did not happen");
        List<Outcome> after = s.eval("<repl>", "s = 1; s");
        assertEquals("1", Display.out(after.get(after.size() - 1), s));
    }
}
