package gd.grad;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The tape memo: one compile per loss graph and parameter list, and never a stale tape. */
class TapesTest {
    private static final Expr.Sym M = Expr.sym("m"), B = Expr.sym("b");
    private static final Builder R = Builder.RAW;

    private static Expr loss(double target) { return R.pow(R.sub(R.add(R.mul(M, Num.of(3)), B), Num.of(target)), Num.TWO); }

    @Test void theSameGraphCompilesOnce() {
        Tape first = Tapes.tape(loss(7), List.of(M, B));
        assertSame(first, Tapes.tape(loss(7), List.of(M, B)), "an equal loss built again is the same interned graph");
        assertSame(Tapes.layout(loss(7)), Tapes.layout(loss(7)));
    }

    @Test void anotherGraphOrParameterListGetsItsOwnTape() {
        Tape t = Tapes.tape(loss(7), List.of(M, B));
        assertNotSame(t, Tapes.tape(loss(8), List.of(M, B)));
        assertNotSame(t, Tapes.tape(loss(7), List.of(B, M)));
        double[] g = new double[2];
        Tapes.tape(loss(7), List.of(B, M)).evaluate(new double[]{1, 2}, g);     // b = 1, m = 2: 2*(3m + b - 7) = 0
        assertEquals(0, g[0]);
        Tapes.tape(loss(8), List.of(M, B)).evaluate(new double[]{2, 1}, g);     // 2*(6 + 1 - 8) = -2, times 3 for m
        assertEquals(-6, g[0]);
        assertEquals(-2, g[1]);
    }

    @Test void newParameterValuesNeedNoNewTape() {
        Tape t = Tapes.tape(loss(7), List.of(M, B));
        double[] g = new double[2];
        for (double m = 0; m < 3; m++) {
            t.evaluate(new double[]{m, 1}, g);
            assertEquals(3 * 2 * (3 * m + 1 - 7), g[0]);
        }
    }

    @Test void manyLossesEvictTheOldestButStayCorrect() {
        for (int k = 0; k < 20; k++) {
            double[] g = new double[2];
            Tapes.tape(loss(k), List.of(M, B)).evaluate(new double[]{0, 0}, g);
            assertEquals(-2.0 * k, g[1], 0.0);
        }
    }
}
