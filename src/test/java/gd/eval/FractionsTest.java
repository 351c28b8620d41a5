package gd.eval;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fractions typed as integer/integer beside an expression stay exact; '/' on numbers alone stays Python's. */
class FractionsTest {
    private static String gd(String... lines) {
        String[] all = new String[lines.length + 1];
        all[0] = "params x y";
        System.arraycopy(lines, 0, all, 1, lines.length);
        GdRun r = GdRun.exprs(all);
        assertEquals("", r.err());
        return r.text();
    }

    @Test void typedFractionsStayExact() {
        assertEquals("(** x (/ 1 2))", gd("x**(1/2)"));
        assertEquals("(/ 1 (* 2 (sqrt x)))", gd("d(x**(1/2), x)"));
        assertEquals("(/ -2 (* 3 (** x (/ 5 3))))", gd("d(x**(-2/3), x)"));
        assertEquals("(/ x 3)", gd("simplify(x*(1/3))"));
        assertEquals("(/ x 3)", gd("simplify((1/3)*x)"));
        assertEquals("sqrt(x)", gd("infix(simplify(x**(1/2)))"));
        assertEquals("1/(2*sqrt(x))", gd("infix(d(x**(1/2), x))"));
    }

    @Test void numbersAloneDivideAsInPython() {
        assertEquals("0.5", gd("print(1/2)"));
        assertEquals("0.5", gd("1/2"));
        assertEquals("(** x 0.5)", gd("h = 1/2", "x**h"));
        assertEquals("(* x 0.5)", gd("x*(1.0/2)"));
    }
}
