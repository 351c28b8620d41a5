package gd.plot;

import gd.ast.GdError;
import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Num;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * plot(...): functions of one variable over a range, data points, and loss histories, drawn in
 * the terminal, or into a PNG or SVG file with to="name.png" or to="name.svg".
 */
public final class PlotLib implements Library {
    private static final int SAMPLES = 601;
    private static final String USAGE = "plot(e, x, a, b), plot([e1, e2], x, a, b), plot(xs, ys), plot(losses) or "
            + "plot(run); options to=\"file.png\" or \"file.svg\", title=\"...\", xlabel=, ylabel=, log=true|false";
    /** How titles and legends write an expression: infix, which reads as math, whatever the session's notation. */
    private final java.util.function.Function<Expr, String> names;

    public PlotLib(java.util.function.Function<Expr, String> names) { this.names = names; }

    @Override public List<Builtin> builtins() {
        return List.of(new Builtin("plot", USAGE,
                "draws in the terminal: plot(sin(x), x, -3, 3) draws sin for x from -3 to 3; "
                        + "plot([x**2, 2*x], x, -2, 2) draws both; "
                        + "plot(xs, ys) draws data points; plot(run) or plot(losses) draws a loss curve; "
                        + "to=\"fit.png\" writes a PNG instead, to=\"fit.svg\" an SVG; "
                        + "xlabel=\"...\" and ylabel=\"...\" name the axes, log=true puts y on a log scale (log=false "
                        + "keeps a loss curve linear)",
                this::plot),
                new Builtin("contour",
                        "contour(loss, m, b) or contour(loss, m, b, run=run); options xrange=[lo, hi], yrange=[lo, "
                                + "hi], to=\"landscape.png\", title=\"...\"",
                        "the loss landscape over two parameters, in bands of equal area, with the path a train run "
                                + "took on it (S start, E end): "
                        + "contour(loss, m, b, run=train(loss, chart=false)); other parameters keep their values; to= "
                        + "writes a PNG or SVG, "
                        + "and to=\"descent.gif\" an animation of the path growing step by step",
                        ContourOptions::call),
                new Builtin("boundary",
                        "boundary(score, x1, x2, data); options xrange=[lo, hi], yrange=[lo, hi], "
                                + "to=\"boundary.png\", title=\"...\"",
                        "a classifier's decision regions, like micrograd's contourf figure: where the score (an "
                                + "expression in the inputs x1 "
                        + "and x2) is above 0, with the data rows [x1, x2, label] marked by label: params u v, then "
                        + "boundary(mlp(model, [u, v]), u, v, data); to= writes a PNG or SVG",
                        BoundaryOptions::call));
    }

    private Object plot(Args a) {
        a.expect(1, 4, "to", "title", "xlabel", "ylabel", "log");
        Figure fig = a.size() == 1 ? loss(a) : a.size() == 2 ? points(a) : functions(a);
        if (a.has("title")) fig.title(text(a, "title"));
        if (a.has("xlabel")) fig.xLabel(text(a, "xlabel"));
        if (a.has("ylabel")) fig.yLabel(text(a, "ylabel"));
        if (a.has("log")) log(a, fig);
        int rows = fig.isLogY() || fig.integerX() ? Charts.LOSS_ROWS : Charts.FIT_ROWS;
        Chart chart = new Chart(samples -> fig, rows, false);
        if (a.has("to")) return write(a, chart, "plot.png");
        a.out().picture(chart);
        return null;
    }

    static String text(Args a, String option) {
        if (a.keyword(option) instanceof String t) return t;
        throw a.errorAt(option, option + " is a string, like " + option + "=\""
                + (option.equals("title") ? "my fit" : "loss") + "\"");
    }

    /** log=true: y on a log scale (only positive values are drawn); log=false: linear, even for a loss that spans decades. */
    private static void log(Args a, Figure fig) {
        if (!(a.keyword("log") instanceof Boolean on))
            throw a.errorAt("log", "log is true or false: log=true draws y on a log scale");
        fig.logY(on);
        if (!on) fig.title(fig.title().replace(" (log scale)", ""));
        else if (fig.title().startsWith("loss by step") && !fig.title().contains("(log scale)"))
            fig.title(fig.title() + " (log scale)");
    }

    /** plot(losses) or plot(run): anything with a loss field, or a list of numbers. */
    private static Figure loss(Args a) {
        Object v = a.get(0);
        if (v instanceof Values.Shown s && s.attr("loss") != null) v = s.attr("loss");
        if (!(v instanceof List<?> l))
            throw a.errorAt(0, "plot with one argument draws a loss history (a list of numbers, or a run from train), "
                    + "not " + Values.describe(v)
                    + "; to draw an expression give its variable and range: plot(e, x, -3, 3)");
        List<Double> losses = new ArrayList<>();
        for (Object item : l) losses.add(number(a, 0, item, "a loss history"));
        return Charts.lossFigure(losses);
    }

    /** plot(xs, ys): the data as points. */
    private static Figure points(Args a) {
        if (a.get(0) instanceof Expr)
            throw a.error("plot of an expression needs its variable and range: plot(e, x, a, b), like plot(sin(x), x, "
                    + "-3, 3)");
        List<Object> xs = a.list(0), ys = a.list(1);
        if (xs.size() != ys.size())
            throw a.errorAt(1, "plot(xs, ys) pairs the lists up, but xs has " + xs.size() + " items and ys "
                    + ys.size());
        double[] x = new double[xs.size()], y = new double[ys.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = number(a, 0, xs.get(i), "xs");
            y[i] = number(a, 1, ys.get(i), "ys");
        }
        Figure fig = new Figure().title("data").add("data", Figure.Role.DATA, x, y);
        double[] xr = padded(x), yr = padded(y);       // a margin, so the outermost points sit inside the frame, not on it
        if (xr != null) fig.xLimits(xr[0], xr[1]);
        if (yr != null) fig.yLimits(yr[0], yr[1]);
        return fig;
    }

    /** The finite values' range widened by 5% on each side, or null when there are none or all are equal. */
    private static double[] padded(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (Double.isFinite(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        if (!(lo < hi)) return null;
        double m = (hi - lo) * 0.05;
        return new double[]{lo - m, hi + m};
    }

    private static double number(Args a, int arg, Object item, String what) {
        if (item instanceof Num n) return n.doubleValue();
        throw a.errorAt(arg, what + " must hold numbers only, but it holds " + Values.describe(item));
    }

    /** plot(e, x, a, b) and plot([e1, e2], x, a, b): each expression sampled over [a, b], the other symbols at their parameter values. */
    private Figure functions(Args a) {
        if (a.size() != 4)
            throw a.error("plot of an expression needs its variable and range: plot(e, x, a, b), like plot(sin(x), x, "
                    + "-3, 3)");
        List<Expr> es = expressions(a);
        if (!(a.get(1) instanceof Expr.Sym x))
            throw a.errorAt(1, "plot needs the variable to draw against, a symbol like x, not "
                    + Values.describe(a.get(1)));
        double lo = a.num(2).doubleValue(), hi = a.num(3).doubleValue();
        if (!Double.isFinite(lo) || !Double.isFinite(hi))
            throw a.errorAt(Double.isFinite(lo) ? 3 : 2, "plot's range must be finite numbers");
        if (!(lo < hi))
            throw a.errorAt(3, "plot's range runs from a smaller number to a larger one, but it is "
                    + a.interp().show(a.get(2)) + " to " + a.interp().show(a.get(3)));
        double[] grid = Charts.linspace(lo, hi, SAMPLES);
        Figure fig = new Figure().xLabel(x.name()).xLimits(lo,
                hi).title((es.size() == 1 ? name(a, es.get(0)) : es.size() + " functions") + " for " + x.name()
                + " from " + Scale.label(lo) + " to " + Scale.label(hi));
        for (int i = 0; i < es.size(); i++)
            fig.add(name(a, es.get(i)), Figure.Role.LINE, grid, sample(a, i, es.get(i), x, grid));
        return fig;
    }

    private List<Expr> expressions(Args a) {
        Object v = a.get(0);
        List<Expr> es = new ArrayList<>();
        for (Object item : v instanceof List<?> l ? l
                : java.util.Collections.singletonList(v)) {   // v may be nothing (null)
            if (item instanceof Expr e) es.add(e);
            else throw a.errorAt(0, "plot draws expressions, like sin(x) or [x**2, 2*x], not " + Values.describe(item)
                    + (item instanceof gd.eval.UserFn f ? "; call the function: plot(" + f.name() + "(x), x, a, b)" : ""));
        }
        if (es.isEmpty()) throw a.errorAt(0, "plot needs at least one expression to draw");
        return es;
    }

    /** e at each grid point; a point where it fails (log of a negative, 1/0) is a gap, but failing everywhere is an error. */
    private double[] sample(Args a, int index, Expr e, Expr.Sym x, double[] grid) {
        double[] ys = new double[grid.length];
        GdError first = null;
        boolean any = false;
        for (int i = 0; i < grid.length; i++) {
            if ((i & 63) == 0) Cancel.check();
            Num at = Num.of(grid[i]);
            try {
                double y = Val.of(e, s -> s == x ? at : a.env().param(s)).doubleValue();
                ys[i] = Double.isFinite(y) ? y : Double.NaN;
                any |= Double.isFinite(y);
            } catch (GdError err) {
                if (first == null) first = err;
                ys[i] = Double.NaN;
            } catch (ArithmeticException err) {
                ys[i] = Double.NaN;
            }
        }
        if (!any) throw a.errorAt(0, "plot found no point to draw for " + name(a, e) + " between the range's ends"
                + (first != null ? ": " + first.getMessage() : ""));
        return ys;
    }

    private String name(Args a, Expr e) {
        String s = names.apply(e);
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** to="name.png" or to="name.svg": the picture written there, in the format its name asks for, and a line saying so. */
    static Object write(Args a, gd.eval.Picture p, String example) {
        String name = a.keyword("to") instanceof String n ? n : "";
        Pictures.Format format = Pictures.Format.of(name);
        if (format == null)
            throw a.errorAt("to", "to= names the PNG or SVG file to write, like to=\"" + example + "\"");
        a.out().line(save(a, "to", p, format, name));
        return null;
    }

    /** Writes the picture to the named file; the line to print, or an error under the option. */
    public static String save(Args a, String option, gd.eval.Picture p, Pictures.Format format, String name) {
        Path path = gd.eval.UserFiles.path(name);
        if (path == null) throw a.errorAt(option, "cannot write '" + name + "': this system cannot name such a file");
        try {
            Pictures.write(p, format, path);
        } catch (IOException | RuntimeException e) {
            throw a.errorAt(option, "cannot write '" + name + "': "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return "wrote " + name + " (" + Pictures.describe(p, format) + ")";
    }
}
