package gd.train;

import gd.expr.NumFormat;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record a train(...) call returns: it prints as a one-line summary, and its fields
 * (run.loss, run.metric, run.params, run.history, run.steps, run.diverged, run.stopped, run.optimizer, run.engine) can be
 * used by later statements, e.g. plot(run.loss) or run.history[m][5].
 */
public final class TrainRun implements Values.Reported {
    /** The parameters the one-line summary names; the rest are counted. */
    private static final int SHOWN = 4;
    private final Trainer.Result result;
    private final List<Expr.Sym> params;
    private final String optimizer, engine, metric;

    TrainRun(Trainer.Result result, List<Expr.Sym> params, String optimizer, String engine) {
        this(result, params, optimizer, engine, null);
    }

    /** metric: the metric's name, or null when the run recorded none. */
    TrainRun(Trainer.Result result, List<Expr.Sym> params, String optimizer, String engine, String metric) {
        this.result = result;
        this.params = params;
        this.optimizer = optimizer;
        this.engine = engine;
        this.metric = metric;
    }

    public Trainer.Result result() { return result; }

    @Override public String show() {
        StringBuilder sb = new StringBuilder("<run: ").append(result.steps()).append(" steps, ").append(optimizer)
                .append(", loss ").append(NumFormat.sig(result.finalLoss(), 6));
        if (metric != null)
            sb.append(", ").append(metric).append(' ').append(NumFormat.sig(result.metrics().get(result.metrics().size() - 1), 6));
        double[] p = result.last();
        for (int i = 0; i < Math.min(p.length, SHOWN); i++)
            sb.append(", ").append(params.get(i).name()).append(" = ").append(NumFormat.sig(p[i], 6));
        if (p.length > SHOWN) sb.append(", and ").append(p.length - SHOWN).append(" more");
        return sb.append(result.diverged() ? ", diverged>" : result.interrupted() ? ", stopped by Ctrl-C>"
                : ">").toString();
    }

    @Override public Object attr(String name) {
        return switch (name) {
            case "loss" -> numbers(result.losses());
            case "params" -> finalParams();
            case "history" -> history();
            case "steps" -> Num.of(result.steps());
            case "diverged" -> result.diverged();
            case "stopped" -> result.interrupted();
            case "metric" -> metric == null ? null : numbers(result.metrics());
            case "optimizer" -> optimizer;
            case "engine" -> engine;
            default -> null;
        };
    }

    private static List<Object> numbers(List<Double> xs) {
        List<Object> out = new ArrayList<>(xs.size());
        for (double x : xs) out.add(Num.of(x));
        return Collections.unmodifiableList(out);
    }

    private Map<Object, Object> finalParams() {
        Map<Object, Object> m = new LinkedHashMap<>();
        double[] p = result.last();
        for (int i = 0; i < p.length; i++) m.put(params.get(i), Num.of(p[i]));
        return Collections.unmodifiableMap(m);
    }

    /** Each parameter's value at every step, step 0 being the start. */
    private Map<Object, Object> history() {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            List<Double> xs = new ArrayList<>();
            for (double[] p : result.history()) xs.add(p[i]);
            m.put(params.get(i), numbers(xs));
        }
        return Collections.unmodifiableMap(m);
    }
}
