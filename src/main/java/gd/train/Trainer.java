package gd.train;

import gd.expr.Cancel;
import gd.grad.Engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The training loop, free of the language: gradient at the current values, one simultaneous
 * update, the loss after it, repeated. The guard stops a run whose loss stops being finite or
 * grows a millionfold over its best (and above where it started), and puts the parameters back
 * to the last step whose loss was finite.
 */
public final class Trainer {
    private Trainer() {}

    /** How long to train: steps, an optional loss to stop below (NaN for none), and whether to guard against divergence. */
    public record Settings(int steps, double until, boolean guard) {
        public static Settings of(int steps) { return new Settings(steps, Double.NaN, true); }
        public Settings unguarded() { return new Settings(steps, until, false); }
    }

    /** Told about every step (step 0 is the start), for progress lines. */
    public interface Listener { void step(int step, double loss, double[] params); }

    /** Why a run stopped: it took its steps (or epochs), its loss went below until=, or the guard caught a divergence. */
    public enum Stop { STEPS, EPOCHS, UNTIL, DIVERGED }

    /** What a run did: the loss and the parameter values at each step (0 = start), and why it stopped. */
    public record Result(List<Double> losses, List<double[]> history, Stop stop, int badStep, double badLoss, double[] badParams) {
        public double[] last() { return history.get(history.size() - 1); }
        public double finalLoss() { return losses.get(losses.size() - 1); }
        public int steps() { return losses.size() - 1; }
        public boolean diverged() { return stop == Stop.DIVERGED; }
    }

    public static Result run(Engine engine, Optimizer opt, double[] start, Settings s, Listener listener) {
        double[] p = start.clone(), g = new double[p.length];
        List<Double> losses = new ArrayList<>();
        List<double[]> history = new ArrayList<>();
        double loss = engine.evaluate(p, g), first = loss, best = loss;
        losses.add(loss);
        history.add(p.clone());
        listener.step(0, loss, p);
        for (int step = 1; step <= s.steps(); step++) {
            Cancel.check();
            if (!Double.isNaN(s.until()) && loss < s.until()) return new Result(losses, history, Stop.UNTIL, 0, 0, null);
            opt.step(p, g);
            loss = engine.evaluate(p, g);
            if (s.guard() && blewUp(loss, best, first)) return new Result(losses, history, Stop.DIVERGED, step, loss, p.clone());
            losses.add(loss);
            history.add(p.clone());
            best = Math.min(best, loss);
            listener.step(step, loss, p);
        }
        boolean reached = !Double.isNaN(s.until()) && loss < s.until();
        return new Result(losses, history, reached ? Stop.UNTIL : Stop.STEPS, 0, 0, null);
    }

    static boolean blewUp(double loss, double best, double first) {
        return !Double.isFinite(loss) || (loss > 1e6 * best && loss > first);
    }
}
