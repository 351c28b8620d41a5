package gd.eval;

import gd.GdRun;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors say what went wrong as a value (GdError.Reason), and the callers that act on it decide by that value. */
class ReasonTest {
    private static final Expr.Sym X = Expr.sym("x");

    private static GdError.Reason reason(Expr e) {
        return assertThrows(GdError.class, () -> Val.of(e, s -> s == X ? Num.of(0) : null)).reason();
    }

    @Test void valTellsAMissingValueFromAnUndefinedOne() {
        assertEquals(GdError.Reason.UNVALUED, reason(Expr.sym("q")));
        assertEquals(GdError.Reason.UNDEFINED, reason(Expr.bin(Op.DIV, Num.of(1), X)));
        assertEquals(GdError.Reason.UNDEFINED, reason(Expr.bin(Op.DIV, Num.of(1.0), X)));
        assertEquals(GdError.Reason.UNDEFINED, reason(Expr.bin(Op.POW, X, Num.of(-1))));
        assertEquals(GdError.Reason.UNDEFINED, reason(Expr.call(Fn.LOG, X)));
        assertEquals(GdError.Reason.OTHER, GdError.run("any").reason());
    }

    @Test void placingAnErrorKeepsItsReason() {
        GdError placed = Val.unvalued(X).at(new Span(new Source("<t>", "x"), 1, 0, 1));
        assertEquals(GdError.Reason.UNVALUED, placed.reason());
        assertEquals("'x' has no value here; give it one, e.g. {x: 1}", placed.getMessage());
    }

    @Test void valNamesItsEnvironmentOnlyWhenASymbolHadNoValue() {
        GdRun missing = GdRun.exprs("params x", "val(sexpr(\"(+ x q)\"), {x: 1})");
        assertTrue(missing.err().contains("'q' has no value here; give it one, e.g. {q: 1} (the environment gives {x: 1})"), missing.err());
        // pi has no entry in the dict either, but it has its value: the division is what failed
        GdRun zero = GdRun.exprs("params x", "val(pi/(x - 1), {x: 1})");
        assertTrue(zero.err().contains("division by zero: the denominator (- x 1) is 0 here"), zero.err());
        assertFalse(zero.err().contains("environment gives"), zero.err());
    }

    @Test void theSymbolicEngineBlamesOnlyASymbolWithoutValue() {
        GdRun r = GdRun.exprs("params m", "m = 0", "r = train(pi/m, engine=\"symbolic\", steps=3, chart=false)", "print(r.stop)");
        assertFalse(r.err().contains("not a parameter"), r.err());
        GdRun q = GdRun.exprs("params m", "train(sexpr(\"(* pi m q)\"), engine=\"symbolic\", chart=false)");
        assertNotEquals(0, q.exit());
        assertTrue(q.err().contains("'q' in the loss is not a parameter"), q.err());
    }
}
