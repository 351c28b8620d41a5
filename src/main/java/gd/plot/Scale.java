package gd.plot;

import gd.expr.NumFormat;

import java.util.ArrayList;
import java.util.List;

/** One axis: maps data values to [0, 1] (linearly or by log10) and labels its ticks. */
public record Scale(double lo, double hi, boolean log) {

    /** A scale over [lo, hi]; an empty range is widened so that a constant still has a line to sit on. */
    static Scale of(double lo, double hi, boolean log) {
        if (!(lo <= hi)) return new Scale(Double.NaN, Double.NaN, log);
        if (lo == hi) {
            if (log) return new Scale(lo / 10, hi * 10, true);
            double pad = lo == 0 || lo - Math.abs(lo) * 0.1 == lo ? 1 : Math.abs(lo) * 0.1;   // 10% of 5e-324 is 0
            return new Scale(lo - pad, hi + pad, false);
        }
        return new Scale(lo, hi, log);
    }

    /** Where v falls, 0 at lo and 1 at hi; NaN when it cannot be placed (non-finite, or not positive on a log scale). */
    public double fraction(double v) {
        if (!Double.isFinite(v) || (log && v <= 0)) return Double.NaN;
        return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
    }

    /** The value at fraction t of the axis. */
    public double at(double t) {
        return log ? Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo))) : lo + t * (hi - lo);
    }

    /** Values worth a label: each power of ten on a log scale (at most about max of them), else the ends and middle. */
    public List<Double> ticks(int max) {
        List<Double> ticks = new ArrayList<>();
        if (!log) {
            for (int i = 0; i < 3; i++) ticks.add(at(i / 2.0));
            return ticks;
        }
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9), last = (int) Math.floor(Math.log10(hi) + 1e-9);
        int stride = Math.max(1, (last - first + max) / Math.max(1, max));
        for (int k = first; k <= last; k += stride) ticks.add(Math.pow(10, k));
        if (ticks.size() < 2) {
            ticks.clear();
            ticks.add(lo);
            ticks.add(hi);
        }
        return ticks;
    }

    /** A short label: three significant digits, in the language's number format (1e-05, 0.25, 120). */
    public static String label(double v) { return NumFormat.rounded(v, 3); }
}
