package gd.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Figure} as terminal text: y labels on the left, the plot area in braille (or
 * plain marks), x labels under it, then a legend and notes. Deterministic, so it can go into
 * golden files.
 */
final class TextChart {
    private static final char[] UNICODE_LINES = {Grid.BRAILLE, '·', '•', '×', '∘'};
    private static final char[] ASCII_LINES = {'*', '.', '+', 'x', '#'};
    private static final String[] UNICODE_LEGEND = {"⠶", "·", "•", "×", "∘"};

    private final Figure fig;
    private final boolean unicode;
    private final Scale xs, ys;

    private TextChart(Figure fig, boolean unicode) {
        this.fig = fig;
        this.unicode = unicode;
        this.xs = fig.xScale();
        this.ys = fig.yScale();
    }

    /** The chart in at most width columns, with a plot area of the given number of rows. */
    static String render(Figure fig, int width, int rows, boolean unicode) {
        if (fig.isEmpty())
            return (fig.title().isEmpty() ? "" : fig.title() + "\n") + "(nothing to draw: no finite values)";
        return new TextChart(fig, unicode).draw(width, rows);
    }

    private String draw(int width, int rows) {
        List<Double> ticks = ys.log() ? ys.ticks(rows / 2) : Ticks.of(ys, 3);   // round values, in the row they fall in
        Grid rowsOnly = new Grid(1, rows, unicode);
        String[] labels = new String[rows];
        int labelWidth = 0;
        for (double t : ticks) {
            int r = rowsOnly.dotY(ys.fraction(t)) / rowsOnly.sy;
            if (labels[r] == null) labelWidth = Math.max(labelWidth, (labels[r] = Scale.label(t)).length());
        }
        Grid grid = new Grid(Math.max(8, width - labelWidth - 1), rows, unicode);
        plot(grid);
        StringBuilder sb = new StringBuilder();
        if (!fig.title().isEmpty()) sb.append(clip(fig.title(), width)).append('\n');
        if (!fig.yLabel().isEmpty()) sb.append(clip(fig.yLabel(), width)).append('\n');
        for (int r = 0; r < rows; r++)
            sb.append(pad(labels[r] == null ? "" : labels[r], labelWidth))
              .append(labels[r] == null ? (unicode ? '│' : '|')
                      : (unicode ? '┤' : '+')).append(grid.row(r)).append('\n');
        sb.append(" ".repeat(labelWidth)).append(unicode ? '└'
                : '+').append((unicode ? "─" : "-").repeat(grid.cols)).append('\n');
        sb.append(" ".repeat(labelWidth + 1)).append(xLabels(grid.cols)).append('\n');
        String legend = legend();
        if (!legend.isEmpty()) sb.append(clip(legend, width)).append('\n');
        for (String n : fig.notes()) sb.append(clip(n, width)).append('\n');
        return sb.toString();
    }

    /** Lines first, in reverse so the first series ends on top; data points last. */
    private void plot(Grid grid) {
        List<Figure.Series> all = fig.series();
        for (int i = all.size() - 1; i >= 0; i--)
            if (!all.get(i).points()) line(grid, all.get(i), lineMark(fig.lineIndex(i)));
        for (Figure.Series s : all)
            if (s.points())
                for (int i = 0; i < s.xs().length; i++) {
                    double fx = xs.fraction(s.xs()[i]), fy = ys.fraction(s.ys()[i]);
                    if (fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)
                        grid.point(grid.dotX(fx), grid.dotY(fy), unicode ? '●' : 'o');
                }
    }

    private void line(Grid grid, Figure.Series s, char mark) {
        int px = 0, py = 0;
        boolean open = false;
        for (int i = 0; i < s.xs().length; i++) {
            double fx = xs.fraction(s.xs()[i]), fy = ys.fraction(s.ys()[i]);
            if (Double.isNaN(fx) || Double.isNaN(fy)) { open = false; continue; }
            int x = grid.dotX(fx), y = grid.dotY(fy);
            if (open) grid.line(px, py, x, y, mark); else grid.dot(x, y, mark);
            px = x; py = y; open = true;
        }
    }

    private char lineMark(int k) {
        char[] marks = unicode ? UNICODE_LINES : ASCII_LINES;
        return marks[Math.min(k, marks.length - 1)];
    }

    private String legend() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fig.series().size(); i++) {
            Figure.Series s = fig.series().get(i);
            if (s.name().isEmpty()) continue;
            int k = Math.min(fig.lineIndex(i), UNICODE_LEGEND.length - 1);
            String mark = s.points() ? (unicode ? "●" : "o") : unicode ? UNICODE_LEGEND[k]
                    : String.valueOf(ASCII_LINES[k]);
            parts.add(mark + " " + s.name());
        }
        return parts.size() < 2 && fig.series().size() < 2 ? "" : " " + String.join("   ", parts);
    }

    /** The x range's ends and middle under the plot area, and the axis name if it fits. */
    private String xLabels(int cols) {
        char[] line = " ".repeat(cols).toCharArray();
        String lo = xLabel(xs.lo()), hi = xLabel(xs.hi());
        // On a step axis the middle label is the whole step nearest the middle, placed under that step (1.5 must not read "2").
        double midValue = fig.integerX() ? Math.rint(xs.at(0.5)) : xs.at(0.5);
        String mid = xLabel(midValue);
        put(line, 0, lo);
        put(line, cols - hi.length(), hi);
        int midAt = (int) Math.floor(xs.fraction(midValue) * cols - mid.length() / 2.0);
        if (midAt > lo.length() + 1 && midAt + mid.length() < cols - hi.length() - 1) put(line, midAt, mid);
        String name = fig.xLabel();
        int nameAt = (cols * 3 / 4) - name.length() / 2;
        if (!name.isEmpty() && nameAt > midAt + mid.length() + 1 && nameAt + name.length() < cols - hi.length() - 1)
            put(line, nameAt, name);
        return new String(line).stripTrailing();
    }

    private String xLabel(double v) { return Scale.label(fig.integerX() ? Math.rint(v) : v); }

    private static void put(char[] line, int at, String s) {
        for (int i = 0; i < s.length() && at + i < line.length; i++) if (at + i >= 0) line[at + i] = s.charAt(i);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 3)) + "...";
    }

    private static String pad(String s, int w) { return " ".repeat(Math.max(0, w - s.length())) + s; }
}
