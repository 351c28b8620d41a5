package gd.train;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options that cannot work are refused before any training; advice says when the loss is not quadratic. */
class TrainChecksTest {

    @Test void ratesMustBePositive() {
        GdRun neg = GdRun.exprs("params m", "train((m - 1)**2, lr=-0.1)");
        assertEquals(70, neg.exit());
        assertTrue(neg.err().startsWith("<expr>:1:19: error: lr must be a positive number"), neg.err());
        GdRun zero = GdRun.exprs("params m b", "train((m - b)**2, lr={m: 0.1, b: 0})");
        assertTrue(zero.err().contains("the rate for b must be a positive number"), zero.err());
        assertEquals("", zero.out());
    }

    @Test void animateWithoutAModelIsRefusedBeforeTraining() {
        GdRun r = GdRun.exprs("params m", "train((m - 1)**2, animate=\"fit.gif\")");
        assertEquals("", r.out(), "nothing trained, nothing printed");
        assertTrue(r.err().contains("animate needs the model to draw"), r.err());
    }

    @Test void adviceNotesALossThatIsNotQuadratic() {
        String quartic = GdRun.exprs("params x", "advise(x**4)").out();
        assertTrue(quartic.contains("note: this loss is not quadratic here"), quartic);
        String quadratic = GdRun.exprs("params x", "advise((x - 1)**2 + 3*x)").out();
        assertTrue(quadratic.contains("stable alone while lr < 1"), quadratic);
        assertFalse(quadratic.contains("not quadratic"), quadratic);
    }
}
