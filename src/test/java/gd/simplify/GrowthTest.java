package gd.simplify;

import gd.diff.Derivative;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tidy d and simplify grow linearly with the graph where the math allows (issue 13, item 10):
 * from n to 4n, the simplifier's steps (nodes compared, terms visited) and the bytes it allocates
 * (which copying grows with) must grow about 4 times, not 16. Counts, not a timer: speed is
 * measured in src/bench (bench.Simplify).
 */
class GrowthTest {
    private static final Builder R = Builder.RAW;
    private static final Expr.Sym X = Expr.sym("x"), M = Expr.sym("m"), B = Expr.sym("b");
    private static final int N = 1500;

    /** sin(sin(...sin(x))), n deep: its derivative is a product of n cosines of ever deeper chains. */
    static Expr sines(int n) {
        Expr e = X;
        for (int i = 0; i < n; i++) e = R.call(Fn.SIN, e);
        return e;
    }

    /** The seed's line-fit loss over n points of y = 2x + 1: a sum of n squares, each its own base. */
    static Expr lineFit(int n) {
        Expr loss = Num.ZERO;
        for (int i = 0; i < n; i++) {
            double x = -1 + 2.0 * i / (n - 1);
            loss = R.add(loss, R.pow(R.sub(R.add(R.mul(M, Num.of(x)), B), Num.of(2 * x + 1)), Num.of(2)));
        }
        return loss;
    }

    @Test void nestedSinesGrowLinearly() throws Exception { assertLinear("d(sin(...sin(x)), x)", n -> Derivative.tidy(sines(n), X)); }

    @Test void lineFitGradientGrowsLinearly() throws Exception { assertLinear("d(line-fit loss, m)", n -> Derivative.tidy(lineFit(n), M)); }

    private static void assertLinear(String what, IntFunction<Expr> input) throws Exception {
        on(() -> Simplifier.simplify(input.apply(N / 4)));         // warm up, so the JIT does not change the allocation counts between sizes
        long[] small = measure(input.apply(N)), big = measure(input.apply(4 * N));
        String counts = what + ": steps " + small[0] + " -> " + big[0] + ", bytes " + small[1] + " -> " + big[1];
        System.out.println(counts);
        assertTrue(big[0] < 6 * small[0], "steps grew faster than linearly: " + counts);
        assertTrue(big[1] < 6 * small[1], "allocation grew faster than linearly: " + counts);
    }

    /** Steps, then bytes allocated, of one simplification. */
    private static long[] measure(Expr e) throws Exception {
        long[] out = new long[2];
        on(() -> {
            com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = t.getCurrentThreadAllocatedBytes();
            out[0] = Simplifier.steps(e);
            out[1] = t.getCurrentThreadAllocatedBytes() - before;
        });
        return out;
    }

    /** Runs r on a thread with a big stack (the inputs are thousands deep), rethrowing what it throws. */
    private static void on(Runnable r) throws Exception {
        Throwable[] failed = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "growth", 1L << 29);
        t.start();
        t.join();
        if (failed[0] != null) throw new AssertionError(failed[0]);
    }
}
