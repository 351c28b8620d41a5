package gd.train;

import gd.eval.Output;
import gd.plot.Charts;
import gd.plot.Gif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * The pictures after a run, drawn by gd.plot: the loss curve always, and the fit when train was
 * told the model (model=f, a function of one variable) and optionally the target and the data
 * (data=zip(xs, ys)). train infers neither: a loss is just an expression.
 */
final class Plots {
    private Plots() {}

    /**
     * What to draw, read from train's options by {@link ChartOptions}: whether to chart at all, the
     * GIF to write (or null), the model now and at given parameter values (null without model=),
     * the target (or null), and the data's x and y columns.
     */
    static final class Spec {
        final boolean charts;
        final String animate;
        final DoubleUnaryOperator model, target;
        final Function<double[], DoubleUnaryOperator> modelAt;
        final double[] xs, ys;

        Spec(boolean charts, String animate, DoubleUnaryOperator model, Function<double[], DoubleUnaryOperator> modelAt,
             DoubleUnaryOperator target, double[] xs, double[] ys) {
            this.charts = charts;
            this.animate = animate;
            this.model = model;
            this.modelAt = modelAt;
            this.target = target;
            this.xs = xs;
            this.ys = ys;
        }
    }

    /** Draws after a run; an IOException is the GIF that could not be written. */
    static void after(Output out, Trainer.Result r, Spec s) throws IOException {
        if (s.animate != null) animate(out, r, s);
        if (!s.charts) return;
        if (r.losses().size() > 1) out.picture(Charts.lossChart(r.losses()));
        if (s.model == null) return;
        out.picture(Charts.fitChart(s.model, s.target, s.xs, s.ys));
    }

    /** animate="fit.gif": the model at up to 40 steps of the run, as an animated GIF (written by gd.plot), like the seed's. */
    private static void animate(Output out, Trainer.Result r, Spec s) throws IOException {
        List<DoubleUnaryOperator> frames = new ArrayList<>();
        int n = r.history().size(), count = Math.min(40, n);
        for (int k = 0; k < count; k++) frames.add(s.modelAt.apply(r.history().get(count == 1 ? 0 : (int) ((long) k * (n - 1) / (count - 1)))));
        Path file = gd.eval.UserFiles.path(s.animate);
        if (file == null) throw new IOException("this system cannot name such a file");
        Gif.animate(frames, s.target, s.xs, s.ys, file);
        out.line("wrote " + s.animate + " (" + count + " frames)");
    }
}
