package gd.train;

import gd.expr.NumFormat;
import gd.eval.Output;
import gd.expr.Expr;

import java.util.List;

/**
 * Progress while training. In a script: a line at step 0, every 'every' steps and at the last
 * step, the same on every run, as wide as the output at most. On a terminal: a progress bar with
 * the current loss, at most a few times a second, so a long run shows it is alive without
 * flooding the screen. every=0 shows neither.
 */
final class Progress implements Trainer.Listener {
    private final Output out;
    private final int every, steps, width;
    private final List<Expr.Sym> params;
    private final String metric;
    private int lastShown = -1;
    private long lastTime;
    private double[] lastParams;
    private double lastLoss, lastMetric;

    /** metric: the metric's name in progress lines, or null for none. */
    Progress(Output out, int every, int steps, List<Expr.Sym> params, String metric) {
        this.out = out;
        this.every = every;
        this.steps = steps;
        this.params = params;
        this.metric = metric;
        this.width = Integer.toString(steps).length();
    }

    @Override public void step(int step, double loss, double[] p) { step(step, loss, Double.NaN, p); }

    @Override public void step(int step, double loss, double m, double[] p) {
        lastParams = p;
        lastLoss = loss;
        lastMetric = m;
        if (every == 0) return;
        if (out.interactive()) { live(step, loss, m); return; }
        if (step % every == 0 || step == steps) show(step, loss, m, p);
    }

    private void show(int step, double loss, double m, double[] p) {
        out.line(Report.progress(step, width, loss, metric == null ? null : new Report.Metric(metric, m), params, p,
                out.width()));
        lastShown = step;
    }

    private void live(int step, double loss, double m) {
        long now = System.nanoTime();
        if (step != 0 && step != steps && now - lastTime < 250_000_000L) return;
        lastTime = now;
        int filled = steps == 0 ? 20 : (int) (20L * step / steps);
        out.status("[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] step " + step + "/" + steps + "  loss "
                + NumFormat.sig(loss, 6)
                + (metric == null ? "" : "  " + metric + " " + NumFormat.sig(m, 6)));
        lastShown = step;
    }

    /** Makes sure the last step reached is shown (a run stopped early by 'until', the guard or Ctrl-C). */
    void finish(Trainer.Result r) {
        if (every == 0 || lastShown == r.steps() || lastParams == null) return;
        if (out.interactive()) live(r.steps(), lastLoss, lastMetric);
        else show(r.steps(), r.finalLoss(), lastMetric, r.last());
    }
}
