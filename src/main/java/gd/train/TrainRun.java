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
 * (run.loss, run.params, run.history, run.steps, run.diverged, run.optimizer, run.engine) can be
 * used by later statements, e.g. plot(run.loss) or run.history[m][5].
 */
public final class TrainRun implements Values.Reported {
    private final Trainer.Result result;
    private final List<Expr.Sym> params;
    private final String optimizer, engine;

    TrainRun(Trainer.Result result, List<Expr.Sym> params, String optimizer, String engine) {
        this.result = result;
        this.params = params;
        this.optimizer = optimizer;
        this.engine = engine;
    }

    public Trainer.Result result() { return result; }

    @Override public String show() {
        StringBuilder sb = new StringBuilder("<run: ").append(result.steps()).append(" steps, ").append(optimizer)
                .append(", loss ").append(NumFormat.sig(result.finalLoss(), 6));
        double[] p = result.last();
        for (int i = 0; i < p.length; i++) sb.append(", ").append(params.get(i).name()).append(" = ").append(NumFormat.sig(p[i], 6));
        return sb.append(result.diverged() ? ", diverged>" : ">").toString();
    }

    @Override public Object attr(String name) {
        return switch (name) {
            case "loss" -> numbers(result.losses());
            case "params" -> finalParams();
            case "history" -> history();
            case "steps" -> Num.of(result.steps());
            case "diverged" -> result.diverged();
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
