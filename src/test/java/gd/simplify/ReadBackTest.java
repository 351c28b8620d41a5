package gd.simplify;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A simplified form that is not a real number still simplifies again to itself and reads back (issue 13, item 20, in part). */
class ReadBackTest {
    @Test void aConstantThatIsNotRealStaysAsItIs() {
        GdRun r = GdRun.exprs("params x", "s = simplify((x - 7 - x)**0.5)", "s", "simplify(s)", "simplify(s) == s", "sexpr(\"(** -7 0.5)\") == s");
        assertEquals(0, r.exit(), r.err());
        assertEquals("(** -7 0.5)\n(** -7 0.5)\ntrue\ntrue\n", r.out());
    }

    @Test void aProductPastTheExactCapStaysAsItIs() {
        GdRun r = GdRun.exprs("params x", "e = x - x + 3**400000", "s = simplify(e * e)", "size(s) <= size(e * e)");
        assertEquals(0, r.exit(), r.err());
        assertEquals("true\n", r.out());
    }
}
