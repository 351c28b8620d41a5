package gd.plot;

/**
 * A character grid that lines and points are drawn on in "dots": 2x4 dots per cell as Unicode
 * braille, or one dot per cell with plain marks. Points beat braille, braille beats marks, so
 * the data stay visible over the lines.
 */
final class Grid {
    static final char BRAILLE = 0;           // the mark that means "set a braille dot"
    private static final int[][] BIT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

    final int cols, rows, sx, sy;
    private final int[] bits;
    private final char[] marks;
    private final boolean[] point;

    Grid(int cols, int rows, boolean braille) {
        this.cols = cols;
        this.rows = rows;
        this.sx = braille ? 2 : 1;
        this.sy = braille ? 4 : 1;
        bits = new int[cols * rows];
        marks = new char[cols * rows];
        point = new boolean[cols * rows];
    }

    int width() { return cols * sx; }
    int height() { return rows * sy; }

    /** The dot column of fraction fx of the width (clamped far outside so lines stay short). */
    int dotX(double fx) { return (int) Math.round(clamp(fx) * (width() - 1)); }

    /** The dot row of fraction fy of the height, 0 at the top. */
    int dotY(double fy) { return (int) Math.round((1 - clamp(fy)) * (height() - 1)); }

    private static double clamp(double f) { return Math.max(-1, Math.min(2, f)); }

    void dot(int x, int y, char mark) {
        if (x < 0 || y < 0 || x >= width() || y >= height()) return;
        int cell = (y / sy) * cols + x / sx;
        if (mark == BRAILLE) bits[cell] |= BIT[x % sx][y % sy];
        else marks[cell] = mark;
    }

    void point(int x, int y, char mark) {
        if (x < 0 || y < 0 || x >= width() || y >= height()) return;
        int cell = (y / sy) * cols + x / sx;
        marks[cell] = mark;
        point[cell] = true;
    }

    /** Bresenham's line from (x0, y0) to (x1, y1), both ends included. */
    void line(int x0, int y0, int x1, int y1, char mark) {
        int dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0), stepX = x0 < x1 ? 1 : -1, stepY = y0 < y1 ? 1 : -1,
                err = dx + dy;
        while (true) {
            dot(x0, y0, mark);
            if (x0 == x1 && y0 == y1) return;
            int e2 = 2 * err;
            if (e2 >= dy) { err += dy; x0 += stepX; }
            if (e2 <= dx) { err += dx; y0 += stepY; }
        }
    }

    String row(int r) {
        StringBuilder sb = new StringBuilder(cols);
        for (int c = 0; c < cols; c++) {
            int i = r * cols + c;
            sb.append(point[i] ? marks[i] : bits[i] != 0 ? (char) (0x2800 + bits[i]) : marks[i] != 0 ? marks[i] : ' ');
        }
        return sb.toString();
    }
}
