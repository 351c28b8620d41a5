package gd.train;

import gd.expr.NumFormat;
import gd.expr.Expr;

import java.util.List;

/**
 * The text training prints: progress lines, the summary, the explanation of a divergence and the
 * learning-rate advice. Deterministic, so that scripts' outputs can be golden files.
 */
final class Report {
    /** The most parameters a summary lists one by one. */
    private static final int LISTED = 10;

    private Report() {}

    /** A progress line, at most columns wide: past what fits, the parameters are summarised as "(and 333 more)". */
    static String progress(int step, int width, double loss, Metric metric, List<Expr.Sym> params, double[] p,
            int columns) {
        StringBuilder sb = new StringBuilder(String.format("step %" + width + "d  loss %-11s", step,
                NumFormat.sig(loss, 6)));
        if (metric != null) sb.append(String.format("  %s %-9s", metric.name(), NumFormat.sig(metric.value(), 6)));
        StringBuilder all = new StringBuilder(sb);
        for (int i = 0; i < p.length; i++)
            all.append("  ").append(params.get(i).name()).append(' ').append(NumFormat.sig(p[i], 6));
        if (all.length() <= columns) return all.toString().stripTrailing();
        for (int i = 0; i < p.length; i++) {
            String part = "  " + params.get(i).name() + ' ' + NumFormat.sig(p[i], 6);
            String rest = "  (and " + (p.length - i - 1) + " more)";
            if (sb.length() + part.length() + rest.length() > columns) {
                sb.append("  (").append(i == 0 ? p.length + " parameters"
                        : "and " + (p.length - i) + " more").append(')');
                break;
            }
            sb.append(part);
        }
        return sb.toString().stripTrailing();
    }

    /** A metric's name and its value at one step, for progress lines. */
    record Metric(String name, double value) {}

    static String summary(Trainer.Result r, List<Expr.Sym> params, String optimizer) {
        StringBuilder sb = new StringBuilder();
        String why = switch (r.stop()) {
            case UNTIL -> " (loss below the target)";
            case DIVERGED -> " (stopped: diverged)";
            case INTERRUPTED -> " (stopped by Ctrl-C)";
            case STEPS, EPOCHS -> "";
        };
        sb.append("trained ").append(r.steps()).append(" step").append(r.steps() == 1 ? ""
                : "s").append(" with ").append(optimizer).append(why)
          .append(": loss ").append(NumFormat.format(r.losses().get(0))).append(" -> ").append(NumFormat.format(r.finalLoss()));
        double[] p = r.last();
        int shown = p.length > LISTED ? LISTED - 2
                : p.length;   // a network's hundreds of weights would bury the summary
        for (int i = 0; i < shown; i++)
            sb.append("\n  ").append(params.get(i).name()).append(" = ").append(NumFormat.format(p[i]));
        if (shown < p.length)
            sb.append("\n  ... and ").append(p.length - shown).append(" more parameters (run.params has them all)");
        return sb.toString();
    }

    /** What Ctrl-C kept: "stopped at step 1234 of 5000; parameters kept at step 1234, loss 0.0123". */
    static String stopped(Trainer.Result r, int steps) {
        return "stopped at step " + r.steps() + " of " + steps + " (Ctrl-C); parameters kept at step " + r.steps()
                + ", loss " + NumFormat.sig(r.finalLoss(), 6);
    }

    /** Which parameter's updates blew up and the rate that would have been stable for it. */
    static String divergence(Trainer.Result r, List<Expr.Sym> params, double[] lr, Curvature c) {
        int worst = culprit(r, lr, c);
        String name = params.get(worst).name();
        StringBuilder sb = new StringBuilder();
        sb.append("diverged at step ").append(r.badStep()).append(": the loss became ").append(NumFormat.sig(r.badLoss(), 4))
          .append(" (it was ").append(NumFormat.sig(r.finalLoss(),
                  4)).append(" at step ").append(r.steps()).append(")");
        sb.append("\n  parameters restored to step ").append(r.steps()).append(", the last with a finite loss");
        sb.append("\n  ").append(name).append("'s updates blew up: ").append(rateVersusLimit(worst, name, lr, c));
        for (int i = 0; i < params.size(); i++)
            if (i != worst && lr[i] >= c.stableRate(i))
                sb.append("\n  ").append(params.get(i).name()).append(" too: ").append(rateVersusLimit(i,
                        params.get(i).name(), lr, c));
        sb.append("\n  try ").append(suggestion(params, c));
        return sb.toString();
    }

    private static String rateVersusLimit(int i, String name, double[] lr, Curvature c) {
        String limit = Double.isInfinite(c.stableRate(i))
                ? "no limit (the loss is not curved upward in " + name + " here)"
                : "2/(d²loss/d" + name + "²) = 2/" + NumFormat.sig(c.diagonal(i), 4) + " = "
                + NumFormat.sig(c.stableRate(i), 3);
        return "lr " + NumFormat.sig(lr[i], 4) + (lr[i] >= c.stableRate(i) ? " is at or above " : " is below ")
                + "its largest stable rate, " + limit;
    }

    /** The parameter whose rate most exceeds its stable rate; failing that, the one whose last update was largest. */
    private static int culprit(Trainer.Result r, double[] lr, Curvature c) {
        int worst = 0;
        double most = -1;
        for (int i = 0; i < lr.length; i++) {
            double ratio = lr[i] * Math.max(c.diagonal(i), 0) / 2;
            if (ratio > most) { most = ratio; worst = i; }
        }
        if (most >= 1 || r.badParams() == null) return worst;
        double jump = -1;
        for (int i = 0; i < lr.length; i++) {
            double d = Math.abs(r.badParams()[i] - r.last()[i]);
            if (!(d <= jump)) { jump = d; worst = i; }
        }
        return worst;
    }

    static String suggestion(List<Expr.Sym> params, Curvature c) {
        StringBuilder sb = new StringBuilder("lr={");
        for (int i = 0; i < params.size(); i++)
            sb.append(i > 0 ? ", " : "").append(params.get(i).name()).append(": ").append(NumFormat.sig(c.safeRate(i), 2));
        return sb.append("}").append(" (each 1/(").append(params.size()).append("·d²loss/dp²): stable for a quadratic "
                + "loss)").toString();
    }

    static String advice(List<Expr.Sym> params, Curvature c) {
        StringBuilder sb = new StringBuilder("learning rates for this loss, from its curvature at the current values:");
        for (int i = 0; i < params.size(); i++) {
            String n = params.get(i).name();
            sb.append("\n  ").append(n).append(": d²loss/d").append(n).append("² = ").append(NumFormat.sig(c.diagonal(i), 4))
              .append(", stable alone while lr < ").append(NumFormat.sig(c.stableRate(i), 3));
        }
        sb.append("\n  one rate for all: lr < 2/λmax = ").append(NumFormat.sig(c.stableSingleRate(), 3))
          .append(" (λmax = ").append(NumFormat.sig(c.largestEigenvalue(), 4)).append(")");
        sb.append("\n  suggested: ").append(suggestion(params, c));
        if (!c.quadratic())
            sb.append("\n  note: this loss is not quadratic here (its curvature changes as the parameters move), so "
                    + "these rates hold only near the current values");
        return sb.toString();
    }
}
