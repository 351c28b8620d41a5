package gd.grad;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packed tape merges sum chains and products with constants (Fusion); its numbers must stay exactly those of the unmerged tape. */
class FusionTest {
    private static final Builder R = Builder.RAW;
    private static final Expr.Sym A = Expr.sym("a"), B = Expr.sym("b"), C = Expr.sym("c");

    /** W2's shape, sum from 0 of (a*x**2 + b*x + c - y)**2 over n; tangled: with a repeated point (a term used twice) and a term also used outside the sum. */
    private static Expr loss(boolean tangled) {
        Expr sum = Num.ZERO, shared = null;
        double[] xs = tangled ? new double[]{-1, -0.5, -0.25, 0, 0.3, 0.3, 0.7, 1} : new double[]{-1, -0.5, -0.25, 0, 0.3, 0.7, 1};
        for (double xv : xs) {
            Num x = Num.of(xv), y = Num.of(3 * xv * xv - 2 * xv + 1);
            Expr model = R.add(R.add(R.mul(A, R.pow(x, Num.TWO)), R.mul(B, x)), C);
            Expr term = R.pow(R.sub(model, y), Num.TWO);
            if (shared == null) shared = term;
            sum = R.add(sum, term);
        }
        Expr mean = R.div(sum, Num.of(xs.length));
        return tangled ? R.add(mean, R.mul(shared, Num.of(0.5))) : mean;
    }

    @Test
    void mergedTapeGivesTheUnmergedNumbersBitForBit() {
        for (boolean tangled : new boolean[]{false, true}) sameNumbers(loss(tangled));
    }

    @Test
    void aDifferenceMergedWithItsSumKeepsTheOrderOfSharedAdjoints() {
        Expr sum = Num.ZERO;   // (a*x + b*c) - b and (b*c*x + a) - a: the difference's right operand also feeds the sum
        for (double xv : new double[]{-1, 0.25, 2}) {
            Num x = Num.of(xv);
            sum = R.add(sum, R.pow(R.sub(R.add(R.mul(A, x), R.mul(B, C)), B), Num.TWO));
            sum = R.add(sum, R.pow(R.sub(R.add(R.mul(R.mul(B, C), x), A), A), Num.TWO));
        }
        sameNumbers(sum);
    }

    private static void sameNumbers(Expr loss) {
        List<Expr.Sym> params = List.of(A, B, C);
        Tape tape = Tape.compile(loss, params), unmerged = Tape.compile(Layout.of(loss), params, false);
        assertTrue(tape.size() < unmerged.size(), tape.size() + " nodes merged, " + unmerged.size() + " not");
        double[][] points = {{0, 0, 0}, {1.5, -2.25, 0.125}, {3, -2, 1}, {-1e3, 7e-3, 42}};
        for (double[] p : points) {
            double[] g1 = new double[3], g2 = new double[3];
            assertEquals(unmerged.evaluate(p, g2), tape.evaluate(p, g1), 0.0);
            for (int i = 0; i < 3; i++) assertEquals(g2[i], g1[i], 0.0, "d/d" + params.get(i).name() + " at " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void theSymbolicEngineAgreesToRounding() {
        Expr loss = loss(true);
        List<Expr.Sym> params = List.of(A, B, C);
        double[] p = {1.5, -2.25, 0.125}, g1 = new double[3], g2 = new double[3];
        assertEquals(Engine.of("symbolic", Layout.of(loss), params).evaluate(p, g2), Tape.compile(loss, params).evaluate(p, g1), 0.0);
        for (int i = 0; i < 3; i++) assertEquals(g2[i], g1[i], 1e-12 * Math.abs(g2[i]));
    }

    @Test
    void aLongSumRunsAsFewerNodes() {
        Expr sum = Num.ZERO;
        for (int i = 0; i < 1000; i++) sum = R.add(sum, R.pow(R.sub(R.add(R.mul(A, Num.of(i * 0.001)), B), Num.of(i)), Num.TWO));
        Tape tape = Tape.compile(sum, List.of(A, B));
        // unmerged: x, y, a*x, +b, -y, **2 and the sum's + per point; merged: x, y, a*x + b (AXPY) and -y, the squares and +'s in one sum
        assertTrue(tape.size() <= 4 * 1000 + 4, "nodes: " + tape.size());
    }
}
