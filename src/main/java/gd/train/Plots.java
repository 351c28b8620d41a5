package gd.train;

import gd.ast.Span;
import gd.eval.Args;
import gd.eval.Calls;
import gd.eval.Env;
import gd.eval.UserFn;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;
import gd.plot.Charts;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The pictures after a run, drawn by gd.plot: the loss curve always, and the fit when train was
 * told the model (model=f, a function of one variable) and optionally the target and the data
 * (data=zip(xs, ys)). train infers neither: a loss is just an expression.
 */
final class Plots {
    private Plots() {}

    static void after(Args a, Trainer.Result r, List<Expr.Sym> params, boolean charts) {
        if (a.has("animate")) animate(a, r, params);
        if (!charts) return;
        if (r.losses().size() > 1) a.out().line(Charts.lossCurve(r.losses(), a.out().width(), a.out().unicode()));
        if (!a.has("model")) return;
        DoubleUnaryOperator model = function(a, "model"), target = a.has("target") ? function(a, "target") : null;
        double[][] xy = Data.columns(a, "data");
        a.out().line(Charts.fit(model, target, xy[0], xy[1], a.out().width(), a.out().unicode()));
    }

    /** animate="fit.gif": the model at up to 40 steps of the run, as an animated GIF (written by gd.plot), like the seed's. */
    private static void animate(Args a, Trainer.Result r, List<Expr.Sym> params) {
        if (!(a.keyword("animate") instanceof String file)) throw a.errorAt("animate", "animate names a .gif file to write, like animate=\"fit.gif\"");
        if (!a.has("model")) throw a.errorAt("animate", "animate needs the model to draw: add model=model (a function of one variable)");
        List<DoubleUnaryOperator> frames = new java.util.ArrayList<>();
        int n = r.history().size(), count = Math.min(40, n);
        for (int k = 0; k < count; k++) frames.add(at(a, params, r.history().get(count == 1 ? 0 : (int) ((long) k * (n - 1) / (count - 1)))));
        double[][] xy = Data.columns(a, "data");
        try {
            gd.plot.Gif.animate(frames, a.has("target") ? function(a, "target") : null, xy[0], xy[1], java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw a.errorAt("animate", "cannot write '" + file + "': " + e.getMessage());
        }
        a.out().line("wrote " + file + " (" + count + " frames)");
    }

    /** The model with the parameters at one step's values. */
    private static DoubleUnaryOperator at(Args a, List<Expr.Sym> params, double[] values) {
        UserFn f = (UserFn) a.keyword("model");
        java.util.Map<Expr.Sym, Num> env = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) env.put(params.get(i), Num.of(values[i]));
        return x -> {
            Object y = Calls.callUser(a.interp(), f, List.of(Num.of(x)), a.keywordSpan("model"));
            try {
                return y instanceof Expr e ? Val.of(e, s -> env.getOrDefault(s, a.env().param(s))).doubleValue() : Double.NaN;
            } catch (gd.ast.GdError outsideDomain) {
                return Double.NaN;
            }
        };
    }

    /** A user function of one variable as a function on doubles, with the parameters at their current values. */
    static DoubleUnaryOperator function(Args a, String option) {
        Object v = a.keyword(option);
        if (!(v instanceof UserFn f) || f.params().size() != 1)
            throw a.errorAt(option, option + " must be a function of one variable, like model(x) = m*x + b, got " + Values.describe(v));
        Env env = a.env();
        Span span = a.keywordSpan(option);
        return x -> {
            Object y = Calls.callUser(a.interp(), f, List.of(Num.of(x)), span);
            if (!(y instanceof Expr e)) throw a.errorAt(option, option + "(x) must give a number or an expression, got " + Values.describe(y));
            try {
                return Val.of(e, env::param).doubleValue();
            } catch (gd.ast.GdError outsideDomain) {       // e.g. log(x) left of 0: a gap in the chart, not an error
                return Double.NaN;
            }
        };
    }
}
