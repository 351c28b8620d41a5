package gd.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Animated GIFs of a run, each frame titled with its step and loss: the model approaching the
 * target as in the seed (blue target, orange model, the data as dots), or the descent over a
 * loss landscape. The title is also each frame's GIF comment, so a program can read it back.
 */
public final class Gif {
    static final int WIDTH = 480, HEIGHT = 320, LANDSCAPE_WIDTH = 600, LANDSCAPE_HEIGHT = 400, MAX_FRAMES = 40;
    /** Frame delay in hundredths of a second; the last frame stays up longer so the result can be seen. */
    static final int DELAY = 8, LAST_DELAY = 150;

    /** One frame: what it draws and its title. */
    record Frame(Drawing drawing, String title) {}

    /** The model at one step of the run, and the loss there. */
    public record Step(int step, double loss, DoubleUnaryOperator model) {}

    private Gif() {}

    /** Up to max indices of n, evenly spread, the first and last always among them. */
    public static List<Integer> picks(int n, int max) {
        List<Integer> out = new ArrayList<>();
        int count = Math.min(max, n);
        for (int k = 0; k < count; k++) out.add(count == 1 ? 0 : (int) ((long) k * (n - 1) / (count - 1)));
        return out;
    }

    /** Writes one frame per step, on axes fixed for the whole animation (the target's and data's range); last is the run's last step. */
    public static void animate(List<Step> steps, int last, DoubleUnaryOperator target, double[] xs, double[] ys,
            Path out) throws IOException {
        if (steps.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
        List<Frame> frames = new ArrayList<>();
        double[] yLimits = null;
        for (Step s : steps) {
            Figure f = Charts.fitFigure(s.model(), target, xs, ys, WIDTH);
            if (yLimits == null)
                yLimits = limits(target != null || xs.length > 0
                        ? Charts.fitFigure(x -> Double.NaN, target, xs, ys, WIDTH) : f);
            String title = "gradient descent: step " + s.step() + " of " + last + ", loss " + Scale.label(s.loss());
            f.yLimits(yLimits[0], yLimits[1]).title(title);
            frames.add(new Frame(Painter.of(f), title));
        }
        write(frames, WIDTH, HEIGHT, out);
    }

    /** The descent over the landscape: the path growing frame by frame. */
    static void descent(Landscape land, Path out) throws IOException {
        write(land.frames(LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT, MAX_FRAMES), LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT, out);
    }

    private static void write(List<Frame> frames, int w, int h, Path out) throws IOException {
        Pictures.headless();
        gd.eval.AtomicFile.write(out, tmp -> GifWriter.write(frames, w, h, DELAY, LAST_DELAY, tmp));
    }

    /** The y range of what stays put (target and data), with a margin so the model can move into view. */
    private static double[] limits(Figure still) {
        Scale s = still.yScale();
        if (Double.isNaN(s.lo())) return new double[]{-1, 1};
        double pad = (s.hi() - s.lo()) * 0.15;
        return new double[]{s.lo() - pad, s.hi() + pad};
    }
}
