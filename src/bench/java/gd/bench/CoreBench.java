package gd.bench;

import gd.diff.Derivative;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import gd.simplify.Simplifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * In-process figures for the core issue: d + simplify of the seed's loss (target 50 µs warm) and
 * W5, thirty squarings of x differentiated and simplified (target 100 ms).
 * Run: mvn -Pbench -DskipTests verify -Djmh.args="CoreBench -f 1 -wi 3 -i 5"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoreBench {
    private final Expr.Sym m = Expr.sym("m"), b = Expr.sym("b"), x = Expr.sym("x");
    private final Expr loss = seedLoss();
    private final Expr w5 = w5();

    /** The seed's loss, built as its Python builds it: sum from 0 of (model(x) - y)**2, over 2. */
    private Expr seedLoss() {
        Builder r = Builder.RAW;
        Expr sum = Num.ZERO;
        int[][] data = {{-2, -3}, {3, 7}};
        for (int[] p : data) {
            Expr model = r.add(r.mul(m, Num.of(p[0])), b);
            sum = r.add(sum, r.pow(r.sub(model, Num.of(p[1])), Num.TWO));
        }
        return r.div(sum, Num.of(2));
    }

    private Expr w5() {
        Expr e = x;
        for (int i = 0; i < 30; i++) e = Builder.RAW.mul(e, e);
        return e;
    }

    @Benchmark public Expr seedLossTidyDerivative() { return Simplifier.simplify(Derivative.tidy(loss, m)); }

    @Benchmark public Expr seedLossRawDerivative() { return Derivative.raw(loss, m); }

    @Benchmark public Expr w5TidyDerivative() { return Simplifier.simplify(Derivative.tidy(w5, x)); }
}
