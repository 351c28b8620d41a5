package gd.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: named series of lines and points, the
 * axis ranges and whether y is logarithmic. {@link TextChart} draws it in the terminal and
 * {@link Raster} as an image, so both agree on ranges and legends.
 */
public final class Figure {
    /** How a series looks: the colour (and text mark) follows the role, so the seed's blue target and orange model hold everywhere. */
    public enum Role { TARGET, MODEL, DATA, LINE }

    /** One series; non-finite y values break a line (they are gaps, never drawn). */
    public record Series(String name, Role role, double[] xs, double[] ys) {
        boolean points() { return role == Role.DATA; }
    }

    private final List<Series> series = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String title = "", xLabel = "x", yLabel = "";
    private boolean logY, integerX;
    private double[] xLimits, yLimits;

    public Figure title(String t) { title = t; return this; }
    public Figure xLabel(String l) { xLabel = l; return this; }
    public Figure yLabel(String l) { yLabel = l; return this; }
    public Figure logY(boolean on) { logY = on; return this; }
    /** Fixes the x range (otherwise it fits the finite points). */
    public Figure xLimits(double lo, double hi) { xLimits = new double[]{lo, hi}; return this; }
    /** Fixes the y range (otherwise it fits the data). */
    public Figure yLimits(double lo, double hi) { yLimits = new double[]{lo, hi}; return this; }
    /** Labels x with whole numbers (step counts). */
    public Figure integerX(boolean on) { integerX = on; return this; }
    public Figure note(String n) { notes.add(n); return this; }

    public Figure add(String name, Role role, double[] xs, double[] ys) {
        series.add(new Series(name, role, xs.clone(), ys.clone()));
        return this;
    }

    public List<Series> series() { return series; }

    /** The position of series i among the line series (points are not counted), which picks its colour or mark. */
    public int lineIndex(int i) {
        int k = 0;
        for (int j = 0; j < i; j++) if (!series.get(j).points()) k++;
        return k;
    }

    public List<String> notes() { return notes; }
    public String title() { return title; }
    public String xLabel() { return xLabel; }
    public String yLabel() { return yLabel; }
    public boolean isLogY() { return logY; }
    public boolean integerX() { return integerX; }

    /** The x range over every series, widened when it is a single value. */
    public Scale xScale() {
        if (xLimits != null) return Scale.of(xLimits[0], xLimits[1], false);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : series)
            for (int i = 0; i < s.xs.length; i++)
                if (Double.isFinite(s.xs[i]) && Double.isFinite(s.ys[i])) {
                    lo = Math.min(lo, s.xs[i]);
                    hi = Math.max(hi, s.xs[i]);
                }
        return Scale.of(lo, hi, false);
    }

    /** The y range: the fixed limits, or the finite values of every series (positive ones on a log scale). */
    public Scale yScale() {
        if (yLimits != null) return Scale.of(yLimits[0], yLimits[1], logY);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : series)
            for (double y : s.ys)
                if (Double.isFinite(y) && (!logY || y > 0)) { lo = Math.min(lo, y); hi = Math.max(hi, y); }
        return Scale.of(lo, hi, logY);
    }

    /** Whether any series has a finite point to draw. */
    public boolean isEmpty() { return !Double.isFinite(xScale().lo()) || !Double.isFinite(yScale().lo()); }
}
