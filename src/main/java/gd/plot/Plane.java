package gd.plot;

import java.util.function.DoubleBinaryOperator;
import java.util.function.IntFunction;

/**
 * What the pictures of a function over a rectangle of two inputs share (the loss landscape and
 * a classifier's decision regions): sampling it on a grid of cells, and the frame, ticks and
 * axis names drawn around that grid.
 */
final class Plane {
    private static final int LEFT = Painter.LEFT, TOP = Painter.TOP, BOTTOM = Painter.BOTTOM;

    private Plane() {}

    /** f on a cols x rows grid of cell centres, row 0 at the top (the largest y); Ctrl-C stops a big grid. */
    static double[][] sample(DoubleBinaryOperator f, Scale xs, Scale ys, int cols, int rows) {
        double[][] v = new double[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if ((c & 63) == 0) gd.expr.Cancel.check();
                v[r][c] = f.applyAsDouble(xs.at((c + 0.5) / cols), ys.at(1 - (r + 0.5) / rows));
            }
        return v;
    }

    /** The frame around a pw x ph plot area of a w x h picture, with its ticks and the inputs' names. */
    static void axes(Canvas c, Scale xs, Scale ys, String xName, String yName, int w, int h, int pw, int ph) {
        c.begin("axes");
        c.frame(LEFT, TOP, pw, ph, Painter.AXIS);
        for (double t : Ticks.of(xs, 8))
            c.text(Scale.label(t), Math.round(LEFT + xs.fraction(t) * pw), h - BOTTOM + 16, Canvas.Type.PLAIN,
                    Canvas.Anchor.MIDDLE, Painter.AXIS);
        for (double t : Ticks.of(ys, 6))
            c.text(Scale.label(t), LEFT - 6, Math.round(TOP + (1 - ys.fraction(t)) * ph) + 4, Canvas.Type.PLAIN,
                    Canvas.Anchor.END, Painter.AXIS);
        c.text(xName, w / 2.0, h - 14, Canvas.Type.PLAIN, Canvas.Anchor.MIDDLE, Painter.AXIS);
        c.text(yName, 16, TOP + ph / 2.0, Canvas.Type.VERTICAL, Canvas.Anchor.MIDDLE, Painter.AXIS);
        c.end();
    }

    /** A grid of kinds (one per cell) as a rectangle per run of equal cells in a row (an SVG stays small). */
    static void cells(Canvas c, String group, int[][] kinds, int pw, int ph, IntFunction<Rgb> colour) {
        int rows = kinds.length, cols = kinds[0].length;
        c.begin(group);
        for (int r = 0; r < rows; r++)
            for (int start = 0, end; start < cols; start = end) {
                end = start + 1;
                while (end < cols && kinds[r][end] == kinds[r][start]) end++;
                int x0 = LEFT + start * pw / cols, x1 = LEFT + end * pw / cols, y0 = TOP + r * ph / rows,
                        y1 = TOP + (r + 1) * ph / rows;
                // One pixel over into the next cell, which is drawn after it: no seam where antialiasing meets.
                c.fill(x0, y0, x1 - x0 + (end < cols ? 1 : 0), y1 - y0 + (r < rows - 1 ? 1 : 0),
                        colour.apply(kinds[r][start]));
            }
        c.end();
    }
}
