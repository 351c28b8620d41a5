package gd.train;

import gd.ast.GdError;
import gd.ast.Span;
import gd.eval.Args;
import gd.eval.Calls;
import gd.eval.Env;
import gd.eval.UserFn;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Glue: train's chart options (chart=, to=, animate=, model=, target=, data=) read once into a
 * {@link Plots.Spec}. The model and target become functions on doubles that call the user's
 * function, with the parameters at their current values or at a step's.
 */
final class ChartOptions {
    private ChartOptions() {}

    static Plots.Spec read(Args a, List<Expr.Sym> params, boolean charts) {
        String animate = a.keyword("animate") instanceof String file ? file : null;   // TrainOptions checked both
        String to = a.keyword("to") instanceof String file ? file : null;
        if (animate == null && !((charts || to != null) && a.has("model")))
            return new Plots.Spec(charts, to, null, null, null, null, null, null);
        DoubleUnaryOperator model = function(a, "model"), target = a.has("target") ? function(a, "target") : null;
        double[][] xy = DataOptions.columns(a, "data");
        return new Plots.Spec(charts, to, animate, model, values -> at(a, params, values), target, xy[0], xy[1]);
    }

    /** The model with the parameters at one step's values. */
    private static DoubleUnaryOperator at(Args a, List<Expr.Sym> params, double[] values) {
        UserFn f = (UserFn) a.keyword("model");
        Map<Expr.Sym, Num> env = new HashMap<>();
        for (int i = 0; i < values.length; i++) env.put(params.get(i), Num.of(values[i]));
        return x -> {
            Object y = Calls.callUser(a.interp(), f, List.of(Num.of(x)), a.keywordSpan("model"));
            try {
                return y instanceof Expr e ? Val.of(e, s -> env.getOrDefault(s, a.env().param(s))).doubleValue()
                        : Double.NaN;
            } catch (GdError outsideDomain) {
                return Double.NaN;
            }
        };
    }

    /** A user function of one variable as a function on doubles, with the parameters at their current values. */
    private static DoubleUnaryOperator function(Args a, String option) {
        Object v = a.keyword(option);
        if (!(v instanceof UserFn f) || f.params().size() != 1)
            throw a.errorAt(option, option + " must be a function of one variable, like model(x) = m*x + b, got "
                    + Values.describe(v));
        Env env = a.env();
        Span span = a.keywordSpan(option);
        return x -> {
            Object y = Calls.callUser(a.interp(), f, List.of(Num.of(x)), span);
            if (!(y instanceof Expr e))
                throw a.errorAt(option, option + "(x) must give a number or an expression, got " + Values.describe(y));
            try {
                return Val.of(e, env::param).doubleValue();
            } catch (GdError outsideDomain) {       // e.g. log(x) left of 0: a gap in the chart, not an error
                return Double.NaN;
            }
        };
    }
}
