package gd.train;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Calls;
import gd.eval.Env;
import gd.eval.Library;
import gd.eval.UserFn;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;
import gd.grad.Engine;
import gd.grad.Layout;
import gd.grad.SymbolicEngine;
import gd.grad.Tape;
import gd.grad.Tapes;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The training built-ins: train, grad, advise (data built-ins are in {@link DataLib}). */
public final class TrainLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("train", "train(loss, lr=0.1, steps=20, every=, until=, optimizer=\"sgd\", engine=\"reverse\")",
                "gradient descent on the parameters in loss, updating them in place; returns the run "
                + "(run.loss, run.params, run.history). Also train(loss_fn, data=rows, batch=8, epochs=20, "
                + "shuffle=true, seed=1) for mini-batches; "
                + "to=\"fit.png\" (or .svg) writes the charts to a file: train(loss, lr=0.1, steps=20)",
                TrainLib::train),
            new Builtin("grad", "grad(loss)",
                "the gradient of loss at the parameters' current values, by reverse mode, as a dict: "
                + "grad(loss) is {m: -27, b: -4}",
                TrainLib::grad),
            new Builtin("advise", "advise(loss)",
                "prints, for each parameter, the largest stable learning rate from the loss's curvature: "
                + "advise(loss)",
                TrainLib::advise));
    }

    private static Object train(Args a) {
        a.expect(1, 1, TrainOptions.NAMES);
        if (a.get(0) instanceof UserFn f) return trainBatches(a, f);
        Expr loss = a.expr(0);
        TrainOptions o = new TrainOptions(a, 20);
        Layout layout = Layout.of(loss);
        List<Expr.Sym> params = paramsOf(a, layout);
        Engine engine = Engine.of(o.engine, layout, params);
        Optimizer opt = o.optimizer(params);
        Progress progress = new Progress(a.out(), o.every, o.steps, params, metricName(a));
        Trainer.Result r = Trainer.run(engine, opt, values(a.env(), params), o.settings(metric(a, params)), progress);
        progress.finish(r);
        store(a.env(), params, r);
        if (r.diverged())
            a.out().line(Report.divergence(r, params, opt.rates(), Curvature.at(gradient(engine), r.last())));
        if (r.interrupted()) stopped(a, r, o.steps);
        a.out().line(Report.summary(r, params, o.optimizer.label));
        if (!r.interrupted()) draw(a, r, params, o.chart);
        return new TrainRun(r, params, o.optimizer.label, o.engine, metricName(a));
    }

    /**
     * Ctrl-C stopped the run cleanly: what it learned is kept (a savepoint, so that the statement's
     * rollback does not undo it), and the loops around train stop at their next iteration.
     */
    private static void stopped(Args a, Trainer.Result r, int steps) {
        a.env().savepoint();
        gd.expr.Cancel.requestStop();
        a.out().line(Report.stopped(r, steps));
    }

    /** metric=e: an expression of the parameters (accuracy, say), recorded at every step beside the loss; else null. */
    private static java.util.function.ToDoubleFunction<double[]> metric(Args a, List<Expr.Sym> params) {
        if (!a.has("metric")) return null;
        if (!(a.keyword("metric") instanceof Expr m)) throw a.errorAt("metric",
                "metric is an expression of the parameters to show beside the loss, like accuracy; got "
                        + Values.describe(a.keyword("metric")));
        for (Expr.Sym s : Tapes.layout(m).symbols())
            if (!params.contains(s))
                throw a.errorAt("metric", "the metric uses " + s.name() + ", which is not a parameter of this loss");
        Tape tape = Tapes.tape(m, params);
        return p -> { synchronized (tape) { return tape.evaluate(p, null); } };
    }

    /** The metric's name in progress lines: the name it was given by (metric=accuracy), else "metric". */
    private static String metricName(Args a) {
        if (!a.has("metric")) return null;
        gd.ast.Span s = a.keywordSpan("metric");
        String line = s.source().line(s.line()), text = line.substring(Math.min(s.col(), line.length()),
                Math.min(s.col() + s.length(), line.length()));
        text = text.substring(text.indexOf('=') + 1).strip();          // the span is the whole option, metric=accuracy
        return text.matches("[A-Za-z_][A-Za-z_0-9]*") ? text : "metric";
    }

    /** train(loss_fn, data=rows, ...): the options read here, the epochs run by {@link Batches}. */
    private static Object trainBatches(Args a, UserFn lossFn) {
        List<Object> rows = DataOptions.rows(a, "data");
        if (rows.isEmpty())
            throw a.errorAt(0, "train with a loss function needs data=rows (a non-empty list), e.g. "
                    + "data=load(\"points.csv\")");
        TrainOptions o = new TrainOptions(a, 0);
        Batches.Spec spec = o.batches();
        Function<List<Object>, Expr> lossOf = batch -> batchLoss(a, lossFn, batch);
        List<Expr.Sym> params = paramsOf(a, Layout.of(lossOf.apply(rows.subList(0,
                Math.min(spec.batch(), rows.size())))));
        Optimizer opt = o.optimizer(params);
        Trainer.Result r = Batches.run(spec, lossOf, rows, params, opt, values(a.env(), params), a.out());
        store(a.env(), params, r);
        if (r.interrupted()) stopped(a, r, spec.epochs() * spec.perEpoch(rows.size()));
        String how = o.optimizer.label + ", " + spec.epochs() + " epochs of " + spec.perEpoch(rows.size()) + " batches";
        a.out().line(Report.summary(r, params, how));
        if (!r.interrupted()) draw(a, r, params, o.chart);
        return new TrainRun(r, params, o.optimizer.label, "reverse");
    }

    private static Expr batchLoss(Args a, UserFn f, List<Object> batch) {
        Object v = Calls.callUser(a.interp(), f, List.of(gd.eval.Floats.isBatch(batch) ? batch : List.copyOf(batch)), a.spanOf(0));
        if (v instanceof Expr e) return e;
        throw a.errorAt(0, f.name() + "(batch) must give the batch's loss as an expression, got " + Values.describe(v));
    }

    private static void draw(Args a, Trainer.Result r, List<Expr.Sym> params, boolean charts) {
        Plots.Spec spec = ChartOptions.read(a, params, charts);
        try {
            Plots.after(a.out(), r, spec);
        } catch (IOException e) {
            throw a.errorAt("animate", "cannot write '" + spec.animate + "': " + e.getMessage());
        }
        if (spec.to == null) return;
        try {
            Plots.save(a.out(), r, spec);
        } catch (IOException e) {
            throw a.errorAt("to", "cannot write '" + spec.to + "': " + e.getMessage());
        }
    }

    /** Curvature needs gradients: the symbolic engine's are exact but slow, so both use reverse mode's. */
    private static Engine gradient(Engine e) {
        return e instanceof Tape ? e : Tape.compile(((SymbolicEngine) e).loss(), e.params());
    }

    static List<Expr.Sym> paramsOf(Args a, Layout layout) {
        List<Expr.Sym> params = layout.params(a.env().params().keySet());
        if (params.isEmpty()) throw a.errorAt(0,
                "this loss has no parameters to train; declare them with 'params', e.g. 'params m b', and build the "
                        + "loss from them");
        return params;
    }

    static double[] values(Env env, List<Expr.Sym> params) {
        double[] p = new double[params.size()];
        for (int i = 0; i < p.length; i++) p[i] = env.param(params.get(i)).doubleValue();
        return p;
    }

    /** Writes the trained values back, so that val, :vars and later statements see them; a run of no steps changes nothing. */
    static void store(Env env, List<Expr.Sym> params, Trainer.Result r) {
        if (r.steps() == 0) return;
        double[] p = r.last();
        for (int i = 0; i < p.length; i++) env.setParam(params.get(i), Num.of(p[i]));
    }

    private static Object grad(Args a) {
        a.expect(1, 1);
        Expr loss = a.expr(0);
        List<Expr.Sym> params = Tapes.layout(loss).params(a.env().params().keySet());
        double[] g = new double[params.size()];
        // compiled once per loss graph: grad in a hand-written loop costs a step, not a compile
        Tape tape = Tapes.tape(loss, params);
        synchronized (tape) { tape.evaluate(values(a.env(), params), g); }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < g.length; i++) out.put(params.get(i), Num.of(g[i]));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object advise(Args a) {
        a.expect(1, 1);
        Expr loss = a.expr(0);
        Layout layout = Layout.of(loss);
        List<Expr.Sym> params = paramsOf(a, layout);
        Tape tape = Tape.compile(layout, params);
        a.out().line(Report.advice(params, Curvature.at(tape, values(a.env(), params))));
        return null;
    }
}
