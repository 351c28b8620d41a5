package gd.plot;

import java.util.ArrayList;
import java.util.List;

/** Round tick values for picture axes: 1, 2 or 5 times a power of ten on a linear axis, powers of ten on a log one. */
final class Ticks {
    private Ticks() {}

    static List<Double> of(Scale s, int about) {
        if (s.log()) return s.ticks(about);
        double raw = (s.hi() - s.lo()) / about, mag = Math.pow(10, Math.floor(Math.log10(raw)));
        // A span too small (subnormal) or too large (overflowing) for round steps gets its two ends.
        if (!(mag > 0) || !Double.isFinite(mag)) return ends(s);
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double first = Math.ceil(s.lo() / step - 1e-9), last = Math.floor(s.hi() / step + 1e-9);
        if (!(last - first <= 4.0 * about + 4)) return ends(s);
        List<Double> ticks = new ArrayList<>();
        // Counted in an int: where first is beyond 2^53, first + 1 == first and a double counter would never end.
        for (int i = 0; i <= (int) (last - first); i++) {
            double t = (first + i) * step;
            if (ticks.isEmpty() || t > ticks.get(ticks.size() - 1)) ticks.add(t);
        }
        return ticks;
    }

    private static List<Double> ends(Scale s) {
        List<Double> ticks = new ArrayList<>();
        if (Double.isFinite(s.lo())) ticks.add(s.lo());
        if (Double.isFinite(s.hi()) && s.hi() != s.lo()) ticks.add(s.hi());
        return ticks;
    }
}
