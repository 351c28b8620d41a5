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

    static void after(Args a, Trainer.Result r, List<Expr.Sym> params) {
        if (r.losses().size() > 1) a.out().line(Charts.lossCurve(r.losses(), a.out().width(), a.out().unicode()));
        if (!a.has("model")) return;
        DoubleUnaryOperator model = function(a, "model"), target = a.has("target") ? function(a, "target") : null;
        double[][] xy = Data.columns(a, "data");
        a.out().line(Charts.fit(model, target, xy[0], xy[1], a.out().width(), a.out().unicode()));
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
            return Val.of(e, env::param).doubleValue();
        };
    }
}
