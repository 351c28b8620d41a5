package gd.plot;

import gd.eval.Picture;

import java.util.function.DoubleBinaryOperator;

/**
 * A classifier's decision regions, like micrograd's contourf figure: the plane of two inputs
 * split where the score is above 0 and where it is not, with the data points on it marked by
 * their labels. As terminal text (a character a cell), or as a PNG or SVG image.
 */
final class Regions implements Picture {
    static final int CELL = 4;
    private static final int LEFT = Painter.LEFT, RIGHT = Painter.RIGHT, TOP = Painter.TOP, BOTTOM = Painter.BOTTOM;
    private static final Rgb ABOVE = Rgb.of(190, 210, 240), BELOW = Rgb.of(250, 208, 180),
            UNDEFINED = Rgb.of(225, 225, 225);
    private static final Rgb POSITIVE = Rgb.of(30, 70, 200), NEGATIVE = Rgb.of(205, 45, 30);

    private final DoubleBinaryOperator score;
    private final Scale xs, ys;
    private final String xName, yName, title;
    private final double[] px, py, labels;

    /** names: the two inputs' names and the title; labels above 0 are one class, the rest the other. */
    Regions(DoubleBinaryOperator score, Scale xs, Scale ys, String[] names, double[] px, double[] py, double[] labels) {
        this.score = score;
        this.xs = xs;
        this.ys = ys;
        this.xName = names[0];
        this.yName = names[1];
        this.title = names[2];
        this.px = px.clone();
        this.py = py.clone();
        this.labels = labels.clone();
    }

    /** On a cols x rows grid of cell centres, row 0 at the top: 1 where the score is above 0, 0 where not, -1 where it has no value. */
    private int[][] sides(int cols, int rows) {
        double[][] v = Plane.sample(score, xs, ys, cols, rows);
        int[][] s = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) s[r][c] = Double.isNaN(v[r][c]) ? -1 : v[r][c] > 0 ? 1 : 0;
        return s;
    }

    @Override public String text(int width, boolean unicode) {
        int cols = Math.max(10, width - 8), rows = 20;
        int[][] s = sides(cols, rows);
        char[][] grid = new char[rows][cols];
        char above = unicode ? '·' : '.';
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) grid[r][c] = s[r][c] < 0 ? '?' : s[r][c] == 1 ? above : ' ';
        for (int i = 0; i < px.length; i++) {
            int c = (int) Math.floor(xs.fraction(px[i]) * cols), r = (int) Math.floor((1 - ys.fraction(py[i])) * rows);
            if (c >= 0 && c < cols && r >= 0 && r < rows) grid[r][c] = labels[i] > 0 ? '+' : 'o';
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (int r = 0; r < rows; r++) {
            String label = r == 0 ? Scale.label(ys.hi()) : r == rows - 1 ? Scale.label(ys.lo()) : r == rows / 2 ? yName : "";
            sb.append(String.format("%7s", label)).append(unicode ? '│' : '|').append(grid[r]).append('\n');
        }
        sb.append(" ".repeat(7)).append(unicode ? '└' : '+').append((unicode ? "─" : "-").repeat(cols)).append('\n');
        String lo = Scale.label(xs.lo()), hi = Scale.label(xs.hi());
        int gap = Math.max(1, cols - lo.length() - hi.length() - xName.length());
        sb.append(" ".repeat(8)).append(lo).append(" ".repeat(gap / 2)).append(xName)
                .append(" ".repeat(gap - gap / 2)).append(hi).append('\n');
        sb.append("        ").append(above)
                .append(" score > 0   + a point labelled above 0   o a point labelled 0 or below");
        return sb.toString();
    }

    @Override public byte[] png() { return Pictures.png(drawing(), width(), height()); }
    @Override public String svg() { return Pictures.svg(drawing(), width(), height(), title); }
    @Override public int width() { return Pictures.PNG_WIDTH; }
    @Override public int height() { return Pictures.PNG_HEIGHT; }

    private Drawing drawing() {
        int[][] s = sides((width() - LEFT - RIGHT) / CELL, (height() - TOP - BOTTOM) / CELL);
        return (c, w, h) -> {
            int pw = w - LEFT - RIGHT, ph = h - TOP - BOTTOM;
            cells(c, s, pw, ph);
            Plane.axes(c, xs, ys, xName, yName, w, h, pw, ph);
            points(c, pw, ph);
            c.text(title, w / 2.0, 24, Canvas.Type.TITLE, Canvas.Anchor.MIDDLE, Rgb.BLACK);
        };
    }

    /** The two regions; a cell where the score has no value is grey. */
    private static void cells(Canvas c, int[][] s, int pw, int ph) {
        Plane.cells(c, "regions", s, pw, ph, k -> k < 0 ? UNDEFINED : k == 1 ? ABOVE : BELOW);
    }

    private void points(Canvas c, int pw, int ph) {
        c.clip(LEFT, TOP, pw, ph);
        c.begin("points");
        for (int i = 0; i < px.length; i++) {
            double x = LEFT + xs.fraction(px[i]) * pw, y = TOP + (1 - ys.fraction(py[i])) * ph;
            c.disc(x, y, 5, Rgb.BLACK);
            c.disc(x, y, 4, labels[i] > 0 ? POSITIVE : NEGATIVE);
        }
        c.end();
        c.unclip();
    }
}
