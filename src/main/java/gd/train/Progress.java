package gd.train;

import gd.expr.NumFormat;
import gd.eval.Output;
import gd.expr.Expr;

import java.util.List;

/**
 * Progress while training. In a script: a line at step 0, every 'every' steps and at the last
 * step, the same on every run. On a terminal: a progress bar with the current loss, at most a
 * few times a second, so a long run shows it is alive without flooding the screen.
 */
final class Progress implements Trainer.Listener {
    private final Output out;
    private final int every, steps, width;
    private final List<Expr.Sym> params;
    private int lastShown = -1;
    private long lastTime;
    private double[] lastParams;
    private double lastLoss;

    Progress(Output out, int every, int steps, List<Expr.Sym> params) {
        this.out = out;
        this.every = every;
        this.steps = steps;
        this.params = params;
        this.width = Integer.toString(steps).length();
    }

    @Override public void step(int step, double loss, double[] p) {
        lastParams = p;
        lastLoss = loss;
        if (out.interactive()) { live(step, loss); return; }
        if (step % every == 0 || step == steps) show(step, loss, p);
    }

    private void show(int step, double loss, double[] p) {
        out.line(Report.progress(step, width, loss, params, p));
        lastShown = step;
    }

    private void live(int step, double loss) {
        long now = System.nanoTime();
        if (step != 0 && step != steps && now - lastTime < 250_000_000L) return;
        lastTime = now;
        int filled = steps == 0 ? 20 : (int) (20L * step / steps);
        out.status("[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] step " + step + "/" + steps + "  loss " + NumFormat.sig(loss, 6));
        lastShown = step;
    }

    /** Makes sure the last step reached is shown (a run stopped early by 'until' or the guard). */
    void finish(Trainer.Result r) {
        if (lastShown != r.steps() && lastParams != null && !out.interactive()) show(r.steps(), r.finalLoss(), r.last());
        else if (lastShown != r.steps() && out.interactive()) live(r.steps(), lastLoss);
    }
}
