package gd.train;

import gd.eval.Output;
import gd.eval.Picture;
import gd.plot.Charts;
import gd.plot.Gif;
import gd.plot.Pictures;

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
    private static final int FRAMES = 40;

    private Plots() {}

    /**
     * What to draw, read from train's options by {@link ChartOptions}: whether to chart at all, the
     * PNG or SVG to write the charts to instead (or null), the GIF to write (or null), the model now and at given parameter values (null without model=),
     * the target (or null), and the data's x and y columns.
     */
    static final class Spec {
        final boolean charts;
        final String to, animate;
        final DoubleUnaryOperator model, target;
        final Function<double[], DoubleUnaryOperator> modelAt;
        final double[] xs, ys;

        Spec(boolean charts, String to, String animate, DoubleUnaryOperator model, Function<double[],
                DoubleUnaryOperator> modelAt,
             DoubleUnaryOperator target, double[] xs, double[] ys) {
            this.charts = charts;
            this.to = to;
            this.animate = animate;
            this.model = model;
            this.modelAt = modelAt;
            this.target = target;
            this.xs = xs;
            this.ys = ys;
        }
    }

    /** Draws after a run: the GIF if asked for (an IOException is the GIF that could not be written), then the terminal charts unless to= takes them. */
    static void after(Output out, Trainer.Result r, Spec s) throws IOException {
        if (s.animate != null) animate(out, r, s);
        if (!s.charts || s.to != null) return;
        if (r.losses().size() > 1) out.picture(Charts.lossChart(r.losses()));
        if (s.model == null) return;
        out.picture(Charts.fitChart(s.model, s.target, s.xs, s.ys));
    }

    /** to="fit.png" or "fit.svg": the fit above the loss curve, or the loss curve alone, as one picture (an IOException: it could not be written). */
    static void save(Output out, Trainer.Result r, Spec s) throws IOException {
        Path file = gd.eval.UserFiles.path(s.to);
        if (file == null) throw new IOException("this system cannot name such a file");
        Picture p = Charts.runChart(r.losses(), s.model, s.target, s.xs, s.ys);
        Pictures.Format format = Pictures.Format.of(s.to);
        Pictures.write(p, format, file);
        out.line("wrote " + s.to + " (" + Pictures.describe(p, format) + ")");
    }

    /** animate="fit.gif": the model at up to 40 steps of the run, each frame titled with its step and loss (written by gd.plot), like the seed's. */
    private static void animate(Output out, Trainer.Result r, Spec s) throws IOException {
        List<Gif.Step> frames = new ArrayList<>();
        int n = r.history().size();
        for (int k : Gif.picks(n, FRAMES))
            frames.add(new Gif.Step(k, r.losses().get(k), s.modelAt.apply(r.history().get(k))));
        Path file = gd.eval.UserFiles.path(s.animate);
        if (file == null) throw new IOException("this system cannot name such a file");
        Gif.animate(frames, n - 1, s.target, s.xs, s.ys, file);
        out.line("wrote " + s.animate + " (" + frames.size() + " frames)");
    }
}
