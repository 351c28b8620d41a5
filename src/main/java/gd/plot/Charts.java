package gd.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The charts training draws after a run: the loss curve, and the fitted function against the
 * target and the data. Terminal text, Unicode braille or plain ASCII, deterministic.
 */
public final class Charts {
    static final int LOSS_ROWS = 12, FIT_ROWS = 14, RUN_LOSS_HEIGHT = 350;

    private Charts() {}

    /** The loss history as a chart of the given width: log-scale y when it spans two decades or more; non-finite values are skipped with a note. */
    public static String lossCurve(List<Double> losses, int width, boolean unicode) {
        return TextChart.render(lossFigure(losses), width, LOSS_ROWS, unicode);
    }

    /** The model against the target (nullable) and the data points, over the data's x range, with a legend. */
    public static String fit(DoubleUnaryOperator model, DoubleUnaryOperator target, double[] xs, double[] ys, int width,
            boolean unicode) {
        return TextChart.render(fitFigure(model, target, xs, ys, 2 * width), width, FIT_ROWS, unicode);
    }

    /** The loss curve as a picture: terminal text or a PNG, as the output prefers. */
    public static gd.eval.Picture lossChart(List<Double> losses) {
        return new Chart(samples -> lossFigure(losses), LOSS_ROWS, true);
    }

    /** The fit as a picture: terminal text or a PNG, as the output prefers. */
    public static gd.eval.Picture fitChart(DoubleUnaryOperator model, DoubleUnaryOperator target, double[] xs,
            double[] ys) {
        return new Chart(samples -> fitFigure(model, target, xs, ys, samples), FIT_ROWS, true);
    }

    /**
     * train's to=: one picture of the fit (when there is a model) above the loss curve, or the loss
     * curve alone; model may be null.
     */
    public static gd.eval.Picture runChart(List<Double> losses, DoubleUnaryOperator model, DoubleUnaryOperator target,
            double[] xs, double[] ys) {
        Chart loss = new Chart(samples -> lossFigure(losses), LOSS_ROWS, true);
        if (model == null) return new Stack(List.of(loss), Pictures.PNG_HEIGHT);
        return new Stack(List.of(new Chart(samples -> fitFigure(model, target, xs, ys, samples), FIT_ROWS, true), loss),
                Pictures.PNG_HEIGHT, RUN_LOSS_HEIGHT);
    }

    static Figure lossFigure(List<? extends Number> losses) {
        int n = losses.size();
        double[] steps = new double[n], values = new double[n];
        List<Integer> bad = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            values[i] = losses.get(i).doubleValue();
            if (!Double.isFinite(values[i])) bad.add(i);
            else { lo = Math.min(lo, values[i]); hi = Math.max(hi, values[i]); }
        }
        boolean log = lo > 0 && hi / lo >= 100;
        Figure f = new Figure().title("loss by step" + (log ? " (log scale)"
                : "")).xLabel("step").integerX(true).logY(log)
                .add("loss", Figure.Role.LINE, steps, values);
        if (!bad.isEmpty())
            f.note("skipped " + bad.size() + " non-finite value" + (bad.size() == 1 ? "" : "s") + " (step"
                    + (bad.size() == 1 ? " " : "s ") + steps(bad) + ")");
        return f;
    }

    /** "3, 7, 9" or "3, 7, ..., 40" for a long list. */
    private static String steps(List<Integer> bad) {
        if (bad.size() <= 4) return bad.toString().replaceAll("[\\[\\]]", "");
        return bad.get(0) + ", " + bad.get(1) + ", ..., " + bad.get(bad.size() - 1);
    }

    static Figure fitFigure(DoubleUnaryOperator model, DoubleUnaryOperator target, double[] xs, double[] ys,
            int samples) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double x : xs) if (Double.isFinite(x)) { lo = Math.min(lo, x); hi = Math.max(hi, x); }
        if (!(lo < hi)) { lo = Double.isFinite(lo) ? lo - 1 : -1; hi = Double.isFinite(hi) ? hi + 1 : 1; }
        double margin = (hi - lo) * 0.05;     // keeps the outermost data points off the frame
        lo -= margin;
        hi += margin;
        double[] grid = linspace(lo, hi, samples);
        Figure f = new Figure().xLimits(lo, hi).title(target != null ? "fit: model, target and data"
                : "fit: model and data");
        f.add("model", Figure.Role.MODEL, grid, sample(model, grid));
        if (target != null) f.add("target", Figure.Role.TARGET, grid, sample(target, grid));
        if (xs.length > 0) f.add("data", Figure.Role.DATA, xs, ys);
        return f;
    }

    static double[] linspace(double lo, double hi, int n) {
        double[] out = new double[Math.max(2, n)];
        for (int i = 0; i < out.length; i++) out[i] = i == out.length - 1 ? hi : lo + (hi - lo) * i / (out.length - 1);
        return out;
    }

    /** f at each x; NaN where it fails or is not finite (a gap in the line). */
    static double[] sample(DoubleUnaryOperator f, double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            try {
                double y = f.applyAsDouble(xs[i]);
                out[i] = Double.isFinite(y) ? y : Double.NaN;
            } catch (RuntimeException e) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
