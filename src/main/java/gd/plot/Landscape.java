package gd.plot;

import gd.eval.Picture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * A loss landscape: a function of two parameters over a rectangle, in bands of equal share of
 * the area (so a steep bowl and a flat valley both show their shape), with the path a training
 * run took drawn on it. As terminal text (a character per band), as a PNG or SVG image, or as
 * an animated GIF of the descent, the path growing frame by frame.
 */
final class Landscape implements Picture {
    static final int BANDS = 10, CELL = 4;
    private static final String SHADES = " .:-=+*#%@";
    private static final int LEFT = Painter.LEFT, RIGHT = Painter.RIGHT, TOP = Painter.TOP, BOTTOM = Painter.BOTTOM;
    static final Rgb START = Rgb.of(44, 160, 44), END = Rgb.of(214, 39, 40);

    private final DoubleBinaryOperator f;
    private final Scale xs, ys;
    private final String xName, yName, title;
    /** The path's points and the loss at each (empty when no run was given). */
    private final double[] pathX, pathY, losses;

    Landscape(DoubleBinaryOperator f, Scale xs, Scale ys, String[] names, double[] pathX, double[] pathY,
            double[] losses) {
        this.f = f;
        this.xs = xs;
        this.ys = ys;
        this.xName = names[0];
        this.yName = names[1];
        this.title = names[2];
        this.pathX = pathX.clone();
        this.pathY = pathY.clone();
        this.losses = losses.clone();
    }

    /** The function on a cols x rows grid of cell centres, row 0 at the top (the largest y). */
    private double[][] sample(int cols, int rows) {
        double[][] v = Plane.sample(f, xs, ys, cols, rows);
        for (double[] row : v)
            for (int c = 0; c < row.length; c++) if (!Double.isFinite(row[c])) row[c] = Double.NaN;
        return v;
    }

    /** Each value's band, 0 (lowest tenth of the area) to BANDS - 1; -1 where it is not finite. */
    static int[][] bands(double[][] v) {
        double[] all = Arrays.stream(v).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        int[][] b = new int[v.length][v[0].length];
        for (int r = 0; r < v.length; r++)
            for (int c = 0; c < v[r].length; c++) {
                if (Double.isNaN(v[r][c]) || all.length == 0) { b[r][c] = -1; continue; }
                int rank = Arrays.binarySearch(all, v[r][c]);
                b[r][c] = (int) Math.min(BANDS - 1, (long) Math.max(0, rank) * BANDS / all.length);
            }
        return b;
    }

    @Override public String text(int width, boolean unicode) {
        int cols = Math.max(10, width - 8), rows = 20;
        int[][] b = bands(sample(cols, rows));
        char[][] grid = new char[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) grid[r][c] = b[r][c] < 0 ? '?' : SHADES.charAt(b[r][c]);
        for (int i = 0; i < pathX.length; i++) {
            int c = (int) Math.floor(xs.fraction(pathX[i]) * cols),
                    r = (int) Math.floor((1 - ys.fraction(pathY[i])) * rows);
            if (c >= 0 && c < cols && r >= 0 && r < rows) grid[r][c] = i == 0 ? 'S' : i == pathX.length - 1 ? 'E' : 'o';
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (int r = 0; r < rows; r++) {
            String label = r == 0 ? Scale.label(ys.hi()) : r == rows - 1 ? Scale.label(ys.lo()) : r == rows / 2 ? yName : "";
            sb.append(String.format("%7s", label)).append(unicode ? '│' : '|').append(grid[r]).append('\n');
        }
        sb.append(" ".repeat(7)).append(unicode ? '└' : '+').append((unicode ? "─" : "-").repeat(cols)).append('\n');
        String lo = Scale.label(xs.lo()), hi = Scale.label(xs.hi());
        int gap = Math.max(1, cols - lo.length() - hi.length() - xName.length());
        sb.append(" ".repeat(8)).append(lo).append(" ".repeat(gap / 2)).append(xName).append(" ".repeat(gap - gap / 2)).append(hi).append('\n');
        sb.append(" low ").append(SHADES.substring(1)).append(" high   S start, o path, E end");
        return sb.toString();
    }

    @Override public byte[] png() {
        return Pictures.png(drawing(bandsFor(width(), height()), pathX.length, title), width(), height());
    }

    @Override public String svg() {
        return Pictures.svg(drawing(bandsFor(width(), height()), pathX.length, title), width(), height(), title);
    }

    @Override public int width() { return Pictures.PNG_WIDTH; }
    @Override public int height() { return Pictures.PNG_HEIGHT; }

    /** The GIF's frames: the path growing to each of up to max of its points, titled with the step and its loss. */
    List<Gif.Frame> frames(int w, int h, int max) {
        int[][] b = bandsFor(w, h);
        List<Gif.Frame> frames = new ArrayList<>();
        int n = pathX.length;
        for (int k : Gif.picks(n, max)) {
            String t = title + ": step " + k + " of " + (n - 1)
                    + (k < losses.length ? ", loss " + Scale.label(losses[k]) : "");
            frames.add(new Gif.Frame(drawing(b, k + 1, t), t));
        }
        return frames;
    }

    /** The bands at image resolution: a cell of CELL pixels each way. */
    private int[][] bandsFor(int w, int h) {
        return bands(sample((w - LEFT - RIGHT) / CELL, (h - TOP - BOTTOM) / CELL));
    }

    /** The landscape with the first shown points of the path, and a title. */
    private Drawing drawing(int[][] b, int shown, String heading) {
        return (c, w, h) -> {
            int pw = w - LEFT - RIGHT, ph = h - TOP - BOTTOM;
            cells(c, b, pw, ph);
            Plane.axes(c, xs, ys, xName, yName, w, h, pw, ph);
            path(c, pw, ph, Math.min(shown, pathX.length));
            c.text(heading, w / 2.0, 24, Canvas.Type.TITLE, Canvas.Anchor.MIDDLE, Rgb.BLACK);
        };
    }

    /** The bands; a cell without a value is grey. */
    private static void cells(Canvas c, int[][] b, int pw, int ph) {
        Plane.cells(c, "landscape", b, pw, ph, k -> k < 0 ? Rgb.LIGHT_GREY : shade(k));
    }

    private void path(Canvas c, int pw, int ph, int shown) {
        if (shown == 0) return;
        double[] x = new double[shown], y = new double[shown];
        for (int i = 0; i < shown; i++) {
            x[i] = LEFT + xs.fraction(pathX[i]) * pw;
            y[i] = TOP + (1 - ys.fraction(pathY[i])) * ph;
        }
        c.clip(LEFT, TOP, pw, ph);
        c.begin("path");
        c.polyline(x, y, Rgb.WHITE, 2);
        for (int i = 1; i < shown - 1; i++) c.disc(x[i], y[i], 3, Rgb.WHITE);
        c.disc(x[0], y[0], 6, START);
        if (shown > 1) c.disc(x[shown - 1], y[shown - 1], 6, END);
        c.end();
        c.unclip();
    }

    /** Low bands dark blue, high ones pale yellow (viridis-like, readable in grey too). */
    private static Rgb shade(int band) {
        float t = band / (float) (BANDS - 1);
        return Rgb.of(Math.round(40 + 210 * t), Math.round(30 + 200 * t),
                Math.round(110 + 30 * (1 - t) * t * 4 - 50 * t));
    }
}
