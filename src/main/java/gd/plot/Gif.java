package gd.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** An animated GIF of the model approaching the target, like the seed's: blue target, orange model, the data as dots. */
public final class Gif {
    static final int WIDTH = 480, HEIGHT = 320;
    /** Frame delay in hundredths of a second; the last frame stays up longer so the result can be seen. */
    static final int DELAY = 8, LAST_DELAY = 150;

    private Gif() {}

    /** Writes one frame per model, on axes fixed for the whole animation (the target's and data's range). */
    public static void animate(List<DoubleUnaryOperator> frames, DoubleUnaryOperator target, double[] xs, double[] ys, Path out) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
        Pictures.headless();
        List<Figure> figures = new ArrayList<>();
        double[] yLimits = null;
        for (int i = 0; i < frames.size(); i++) {
            Figure f = Charts.fitFigure(frames.get(i), target, xs, ys, WIDTH);
            if (yLimits == null) yLimits = limits(target != null || xs.length > 0 ? Charts.fitFigure(x -> Double.NaN, target, xs, ys, WIDTH) : f);
            figures.add(f.yLimits(yLimits[0], yLimits[1]).title("gradient descent: frame " + (i + 1) + " of " + frames.size()));
        }
        gd.eval.AtomicFile.write(out, tmp -> GifWriter.write(figures, WIDTH, HEIGHT, DELAY, LAST_DELAY, tmp));
    }

    /** The y range of what stays put (target and data), with a margin so the model can move into view. */
    private static double[] limits(Figure still) {
        Scale s = still.yScale();
        if (Double.isNaN(s.lo())) return new double[]{-1, 1};
        double pad = (s.hi() - s.lo()) * 0.15;
        return new double[]{s.lo() - pad, s.hi() + pad};
    }
}
