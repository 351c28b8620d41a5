package gd.train;

import gd.expr.Expr;
import gd.grad.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The loop below the language: why a run stops, and the optimizers by name. */
class TrainerTest {
    /** loss = (p - 3)**2 on doubles, with its gradient. */
    private static final Engine BOWL = new Engine() {
        @Override public double evaluate(double[] at, double[] grad) {
            if (grad != null) grad[0] = 2 * (at[0] - 3);
            return (at[0] - 3) * (at[0] - 3);
        }
        @Override public List<Expr.Sym> params() { return List.of(Expr.sym("p")); }
    };

    private static Trainer.Result run(double lr, Trainer.Settings s) {
        return Trainer.run(BOWL, Optimizer.sgd(new double[]{lr}), new double[]{0}, s, (step, loss, p) -> { });
    }

    @Test void eachReasonToStop() {
        assertEquals(Trainer.Stop.STEPS, run(0.1, Trainer.Settings.of(5)).stop());
        Trainer.Result reached = run(0.1, new Trainer.Settings(500, 1e-6, true));
        assertEquals(Trainer.Stop.UNTIL, reached.stop());
        assertEquals(true, reached.steps() < 500);
        Trainer.Result blown = run(10, Trainer.Settings.of(50));
        assertEquals(Trainer.Stop.DIVERGED, blown.stop());
        assertEquals(true, blown.diverged());
    }

    @Test void optimizersByName() {
        for (Optimizer.Kind k : Optimizer.Kind.values()) assertEquals(k, Optimizer.Kind.named(k.label));
        assertNull(Optimizer.Kind.named("rmsprop"));
        assertEquals(0.001, Optimizer.Kind.ADAM.defaultRate);
    }
}
