package gd.plot;

import gd.ast.GdError;
import gd.eval.Args;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Glue: contour(loss, m, b, ...)'s arguments read once into a {@link Landscape} (the loss over
 * two parameters, the path of a train run on it, the window around the path unless
 * xrange=/yrange= say), then shown in the terminal or written to a PNG, an SVG, or a GIF of the
 * descent (to="descent.gif").
 */
final class ContourOptions {
    private ContourOptions() {}

    static Object call(Args a) {
        a.expect(3, 3, "run", "xrange", "yrange", "to", "title");
        Expr loss = a.expr(0);
        if (!(a.get(1) instanceof Expr.Sym m) || !(a.get(2) instanceof Expr.Sym b) || m == b)
            throw a.errorAt(a.get(1) instanceof Expr.Sym ? 2 : 1,
                    "contour draws the loss against two different parameters: contour(loss, m, b)");
        String to = a.has("to") ? a.keyword("to") instanceof String s ? s : "" : null;
        boolean gif = to != null && to.toLowerCase(java.util.Locale.ROOT).endsWith(".gif");
        if (to != null && !gif && Pictures.Format.of(to) == null)
            throw a.errorAt("to", "to= names the PNG, SVG or GIF file to write, like to=\"landscape.png\" or "
                    + "to=\"descent.gif\"");
        if (gif && !a.has("run")) throw a.errorAt("to", "a GIF shows the descent of a run: add run=train(loss, ...)");
        double[] px = {a.env().param(m).doubleValue()}, py = {a.env().param(b).doubleValue()}, losses = {};
        if (a.has("run")) {
            if (!(a.keyword("run") instanceof Values.Shown run) || !(run.attr("history") instanceof Map<?, ?> h)
                    || !(h.get(m) instanceof List<?> hm) || !(h.get(b) instanceof List<?> hb))
                throw a.errorAt("run", "run= takes what train returned for a loss with " + m.name() + " and " + b.name()
                        + ": run = train(loss, ...)");
            px = doubles(hm);
            py = doubles(hb);
            losses = run.attr("loss") instanceof List<?> l ? doubles(l) : new double[0];
        }
        Scale xs = range(a, "xrange", px), ys = range(a, "yrange", py);
        String title = a.has("title") ? PlotLib.text(a, "title")
                : "loss landscape of " + m.name() + " and " + b.name()
                + (a.has("run") && !gif ? ", with the run's path" : "");
        Landscape land = new Landscape(at(a, loss, m, b), xs, ys, new String[]{m.name(), b.name(), title}, px, py, losses);
        if (to == null) a.out().picture(land);
        else if (!gif) a.out().line(PlotLib.save(a, "to", land, Pictures.Format.of(to), to));
        else a.out().line(descent(a, land, to, px.length));
        return null;
    }

    /** The loss as a function of the two parameters, the others at their values; NaN outside its domain. */
    private static DoubleBinaryOperator at(Args a, Expr loss, Expr.Sym m, Expr.Sym b) {
        return (x, y) -> {
            Num nx = Num.of(x), ny = Num.of(y);
            try {
                return Val.of(loss, s -> s == m ? nx : s == b ? ny : a.env().param(s)).doubleValue();
            } catch (GdError | ArithmeticException outside) {
                return Double.NaN;
            }
        };
    }

    private static String descent(Args a, Landscape land, String name, int points) {
        Path path = gd.eval.UserFiles.path(name);
        if (path == null) throw a.errorAt("to", "cannot write '" + name + "': this system cannot name such a file");
        try {
            Gif.descent(land, path);
        } catch (IOException | RuntimeException e) {
            throw a.errorAt("to", "cannot write '" + name + "': "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return "wrote " + name + " (" + Math.min(points, Gif.MAX_FRAMES) + " frames)";
    }

    private static double[] doubles(List<?> l) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Num) l.get(i)).doubleValue();
        return out;
    }

    /** The given range, or the path's extent with a margin of a third on each side (at least 1 wide). */
    static Scale range(Args a, String option, double[] path) {
        if (a.has(option)) {
            if (!(a.keyword(option) instanceof List<?> l) || l.size() != 2 || !(l.get(0) instanceof Num lo)
                    || !(l.get(1) instanceof Num hi) || !(lo.doubleValue() < hi.doubleValue()))
                throw a.errorAt(option, option + " is a list of two numbers, smaller first, like " + option
                        + "=[-1, 3]");
            return Scale.of(lo.doubleValue(), hi.doubleValue(), false);
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : path) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (!(lo <= hi)) { lo = -1; hi = 1; }
        double span = Math.max(1, hi - lo), margin = span / 3;
        double mid = (lo + hi) / 2, half = Math.max(span, hi - lo) / 2 + margin;
        return Scale.of(mid - half, mid + half, false);
    }
}
