package gd.plot;

import java.util.List;

/**
 * The layout of a {@link Figure} in a rectangle of a canvas: the one place for the look of charts
 * (axes, ticks, grid, colours, lines, points, legend, title), shared by PNG, SVG and GIF frames.
 * The seed's colours: the target blue, the model orange, the data dark grey.
 */
final class Painter {
    static final Rgb BLUE = Rgb.of(31, 119, 180), ORANGE = Rgb.of(255, 127, 14), DATA = Rgb.of(40, 40, 40);
    private static final Rgb[] PALETTE = {BLUE, ORANGE, Rgb.of(44, 160, 44), Rgb.of(214, 39, 40),
            Rgb.of(148, 103, 189)};
    static final Rgb GRID = Rgb.of(225, 225, 225), AXIS = Rgb.of(90, 90, 90);
    static final int LEFT = 70, RIGHT = 20, TOP = 40, BOTTOM = 50;
    static final double POINT_RADIUS = 4;

    private final Figure fig;
    private final Scale xs, ys;
    private final Canvas c;
    /** The rectangle the whole chart gets, and inside it the plot area. */
    private final double ox, oy, w, h, left, right, top, bottom;

    private Painter(Figure fig, Canvas c, double ox, double oy, double w, double h) {
        this.fig = fig;
        this.xs = fig.xScale();
        this.ys = fig.yScale();
        this.c = c;
        this.ox = ox;
        this.oy = oy;
        this.w = w;
        this.h = h;
        this.left = ox + LEFT;
        this.right = ox + w - RIGHT;
        this.top = oy + TOP;
        this.bottom = oy + h - BOTTOM;
    }

    /** The figure as a drawing that fills its canvas. */
    static Drawing of(Figure fig) { return (c, w, h) -> draw(fig, c, 0, 0, w, h); }

    /** Draws the figure in the rectangle (x, y, w, h) of the canvas; an empty figure gets its title only. */
    static void draw(Figure fig, Canvas c, double x, double y, double w, double h) {
        Painter p = new Painter(fig, c, x, y, w, h);
        if (!fig.isEmpty()) p.chart();
        c.text(fig.title(), x + w / 2, y + 24, Canvas.Type.TITLE, Canvas.Anchor.MIDDLE, Rgb.BLACK);
    }

    private double px(double x) { return left + clamp(xs.fraction(x)) * (right - left); }
    private double py(double y) { return bottom - clamp(ys.fraction(y)) * (bottom - top); }
    private static double clamp(double f) { return Math.max(-1, Math.min(2, f)); }

    private void chart() {
        axes();
        c.clip(left, top, right - left + 1, bottom - top + 1);
        List<Figure.Series> all = fig.series();
        for (int i = all.size() - 1; i >= 0; i--)    // backwards, so the first series (the model) ends on top, as in the terminal
            if (!all.get(i).points()) line(all.get(i), colour(all.get(i), fig.lineIndex(i)));
        c.unclip();          // points on the frame are drawn whole, not cut in half
        for (Figure.Series s : all) if (s.points()) points(s);
        legend();
    }

    private static Rgb colour(Figure.Series s, int lineIndex) {
        if (s.role() == Figure.Role.TARGET) return BLUE;
        if (s.role() == Figure.Role.MODEL) return ORANGE;
        return PALETTE[lineIndex % PALETTE.length];
    }

    private void axes() {
        c.begin("axes");
        for (double t : Ticks.of(ys, 6)) {
            double y = Math.round(py(t));
            c.line(left, y, right, y, GRID, 1);
            c.text(Scale.label(t), left - 6, y + 4, Canvas.Type.PLAIN, Canvas.Anchor.END, AXIS);
        }
        for (double t : Ticks.of(xs, 8)) {
            double x = Math.round(px(t));
            c.line(x, top, x, bottom, GRID, 1);
            c.text(Scale.label(t), x, bottom + 16, Canvas.Type.PLAIN, Canvas.Anchor.MIDDLE, AXIS);
        }
        c.frame(left, top, right - left, bottom - top, AXIS);
        String label = fig.xLabel() + (fig.isLogY() ? "   (y on a log scale)" : "");
        c.text(label, ox + w / 2, oy + h - 14, Canvas.Type.PLAIN, Canvas.Anchor.MIDDLE, AXIS);
        if (!fig.yLabel().isEmpty())
            c.text(fig.yLabel(), ox + 16, (top + bottom) / 2, Canvas.Type.VERTICAL, Canvas.Anchor.MIDDLE, AXIS);
        c.end();
    }

    private void line(Figure.Series s, Rgb colour) {
        double[] x = new double[s.xs().length], y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean placed = !Double.isNaN(xs.fraction(s.xs()[i])) && !Double.isNaN(ys.fraction(s.ys()[i]));
            x[i] = placed ? px(s.xs()[i]) : Double.NaN;
            y[i] = placed ? py(s.ys()[i]) : Double.NaN;
        }
        c.begin("series line");
        c.polyline(x, y, colour, 2.5);
        c.end();
    }

    private void points(Figure.Series s) {
        c.begin("series points");
        for (int i = 0; i < s.xs().length; i++) {
            double fx = xs.fraction(s.xs()[i]), fy = ys.fraction(s.ys()[i]);
            if (fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1) c.disc(px(s.xs()[i]), py(s.ys()[i]), POINT_RADIUS, DATA);
        }
        c.end();
    }

    /** The corner of the plot area whose legend box would hide the fewest drawn points. */
    private double[] emptiestCorner(double boxW, double boxH) {
        double[][] corners = {{right - boxW - 8, top + 8}, {left + 8, top + 8}, {right - boxW - 8, bottom - boxH - 8},
                {left + 8, bottom - boxH - 8}};
        double[] best = corners[0];
        long fewest = Long.MAX_VALUE;
        for (double[] k : corners) {
            long hidden = 0;
            for (Figure.Series s : fig.series())
                for (int i = 0; i < s.xs().length; i++) {
                    double x = px(s.xs()[i]), y = py(s.ys()[i]);
                    if (x >= k[0] - 6 && x <= k[0] + boxW + 6 && y >= k[1] - 6 && y <= k[1] + boxH + 6)
                        hidden += s.points() ? 50 : 1;
                }
            if (hidden < fewest) { fewest = hidden; best = k; }
        }
        return best;
    }

    private void legend() {
        List<Figure.Series> named = fig.series().stream().filter(s -> !s.name().isEmpty()).toList();
        if (named.size() < 2) return;
        double boxW = 40 + named.stream().mapToDouble(s -> c.width(s.name(), Canvas.Type.PLAIN)).max().orElse(0),
                boxH = named.size() * 18 + 6;
        double[] corner = emptiestCorner(boxW, boxH);
        double x = corner[0], y = corner[1];
        c.begin("legend");
        c.fill(x, y, boxW, boxH, new Rgb(255, 255, 255, 220));
        c.frame(x, y, boxW, boxH, GRID);
        for (int i = 0; i < named.size(); i++) {
            Figure.Series s = named.get(i);
            double cy = y + 14 + i * 18;
            if (s.points()) c.disc(x + 15, cy - 4, POINT_RADIUS, DATA);
            else c.line(x + 6, cy - 4, x + 24, cy - 4, colour(s, fig.lineIndex(fig.series().indexOf(s))), 2.5);
            c.text(s.name(), x + 30, cy, Canvas.Type.PLAIN, Canvas.Anchor.START, Rgb.BLACK);
        }
        c.end();
    }
}
