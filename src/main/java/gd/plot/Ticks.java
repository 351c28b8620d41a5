package gd.plot;

import java.util.ArrayList;
import java.util.List;

/** Round tick values for picture axes: 1, 2 or 5 times a power of ten on a linear axis, powers of ten on a log one. */
final class Ticks {
    private Ticks() {}

    static List<Double> of(Scale s, int about) {
        if (s.log()) return s.ticks(about);
        double raw = (s.hi() - s.lo()) / about, mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(s.lo() / step - 1e-9); k * step <= s.hi() + step * 1e-9; k++) ticks.add(k * step);
        return ticks;
    }
}
