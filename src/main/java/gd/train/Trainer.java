package gd.train;

import gd.expr.Cancel;
import gd.grad.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The training loop, free of the language: gradient at the current values, one simultaneous
 * update, the loss after it, repeated. The guard stops a run whose loss stops being finite or
 * grows a millionfold over its best (and above where it started), and puts the parameters back
 * to the last step whose loss was finite. Ctrl-C is a clean stop: the run ends at the last step
 * it finished, as PyTorch users expect of a training loop they interrupt.
 */
public final class Trainer {
    private Trainer() {}

    /**
     * How long to train: steps, an optional loss to stop below (NaN for none), whether to guard
     * against divergence; the learning rate of each update k = 0, 1, ... when it changes with the
     * step (null: the optimizer's own rates), and a metric of the parameters to record beside the
     * loss (null: none).
     */
    public record Settings(int steps, double until, boolean guard, IntToDoubleFunction schedule,
            ToDoubleFunction<double[]> metric) {
        public Settings(int steps, double until, boolean guard) { this(steps, until, guard, null, null); }
        public static Settings of(int steps) { return new Settings(steps, Double.NaN, true); }
        public Settings unguarded() { return new Settings(steps, until, false, schedule, metric); }
    }

    /** Told about every step (step 0 is the start), for progress lines; metric is NaN without one. */
    public interface Listener {
        void step(int step, double loss, double[] params);
        default void step(int step, double loss, double metric, double[] params) { step(step, loss, params); }
    }

    /** Why a run stopped: it took its steps (or epochs), its loss went below until=, the guard caught a divergence, or Ctrl-C. */
    public enum Stop { STEPS, EPOCHS, UNTIL, DIVERGED, INTERRUPTED }

    /** What a run did: the loss, the metric (empty without one) and the parameter values at each step (0 = start), and why it stopped. */
    public record Result(List<Double> losses, List<Double> metrics, List<double[]> history, Stop stop, int badStep,
            double badLoss,
                         double[] badParams) {
        public Result(List<Double> losses, List<double[]> history, Stop stop, int badStep, double badLoss,
                double[] badParams) {
            this(losses, List.of(), history, stop, badStep, badLoss, badParams);
        }
        public double[] last() { return history.get(history.size() - 1); }
        public double finalLoss() { return losses.get(losses.size() - 1); }
        public int steps() { return losses.size() - 1; }
        public boolean diverged() { return stop == Stop.DIVERGED; }
        public boolean interrupted() { return stop == Stop.INTERRUPTED; }
    }

    public static Result run(Engine engine, Optimizer opt, double[] start, Settings s, Listener listener) {
        Run r = new Run(engine, opt, s, listener, start);
        for (int step = 1; step <= s.steps(); step++) {
            if (!Double.isNaN(s.until()) && r.loss < s.until()) return r.result(Stop.UNTIL);
            try {
                Cancel.check();
                if (!r.step(step)) return r.diverged(step);
            } catch (Cancel.Interrupted e) {
                return r.result(Stop.INTERRUPTED);     // the step in progress is dropped: the run ends at the last one finished
            }
        }
        boolean reached = !Double.isNaN(s.until()) && r.loss < s.until();
        return r.result(reached ? Stop.UNTIL : Stop.STEPS);
    }

    /** One run's state: the parameters and gradient being updated, and the record of the steps finished. */
    private static final class Run {
        final Engine engine;
        final Optimizer opt;
        final Settings s;
        final Listener listener;
        final double[] p, g;
        final List<Double> losses = new ArrayList<>(), metrics = new ArrayList<>();
        final List<double[]> history = new ArrayList<>();
        final double first;
        double loss, best;
        double[] bad;

        Run(Engine engine, Optimizer opt, Settings s, Listener listener, double[] start) {
            this.engine = engine;
            this.opt = opt;
            this.s = s;
            this.listener = listener;
            p = start.clone();
            g = new double[p.length];
            loss = first = best = engine.evaluate(p, g);
            record(0);
        }

        /** One update; false when the guard says the loss blew up. */
        boolean step(int step) {
            if (s.schedule() != null) opt.rate(s.schedule().applyAsDouble(step - 1));
            opt.step(p, g);
            loss = engine.evaluate(p, g);
            if (s.guard() && blewUp(loss, best, first)) { bad = p.clone(); return false; }
            best = Math.min(best, loss);
            record(step);
            return true;
        }

        private void record(int step) {
            double m = s.metric() == null ? Double.NaN : s.metric().applyAsDouble(p);
            losses.add(loss);
            history.add(p.clone());
            if (s.metric() != null) metrics.add(m);
            listener.step(step, loss, m, p);
        }

        Result result(Stop stop) { return new Result(losses, metrics, history, stop, 0, 0, null); }
        Result diverged(int step) { return new Result(losses, metrics, history, Stop.DIVERGED, step, loss, bad); }
    }

    static boolean blewUp(double loss, double best, double first) {
        return !Double.isFinite(loss) || (loss > 1e6 * best && loss > first);
    }
}
