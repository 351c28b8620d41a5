package gd.train;

import gd.eval.Args;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.List;
import java.util.Map;

/** train's options, read and checked once, each complaint placed under the option it is about. */
final class TrainOptions {
    static final String[] NAMES = {"lr", "steps", "every", "until", "optimizer", "engine", "momentum", "beta1", "beta2", "eps",
            "guard", "model", "target", "data", "batch", "epochs", "shuffle", "seed", "animate", "chart", "to", "metric"};

    final Args a;
    final int steps, every;
    final double until;
    final Optimizer.Kind optimizer;
    final String engine;
    final boolean guard, chart;

    TrainOptions(Args a, int defaultSteps) {
        this.a = a;
        this.steps = whole("steps", defaultSteps, 0);
        this.every = whole("every", Math.max(1, steps / 10), 0);
        this.until = a.has("until") ? number("until", 0) : Double.NaN;
        this.optimizer = optimizerKind();
        this.engine = choice("engine", "reverse", "reverse", "symbolic");
        this.guard = a.flag("guard", true);
        this.chart = a.flag("chart", true);
        if (a.has("animate") && !(a.keyword("animate") instanceof String))   // checked before training, not after it
            throw a.errorAt("animate", "animate names a .gif file to write, like animate=\"fit.gif\"");
        if (a.has("to") && !(a.keyword("to") instanceof String name && gd.plot.Pictures.Format.of(name) != null))
            throw a.errorAt("to", "to names the PNG or SVG file for the charts, like to=\"fit.png\" or to=\"fit.svg\"");
        if (a.has("animate") && !a.has("model"))
            throw a.errorAt("animate", "animate needs the model to draw: add model=model (a function of one variable)");
    }

    /** How long to train, whether to guard against divergence, the rate schedule (lr=function) and the metric. */
    Trainer.Settings settings(java.util.function.ToDoubleFunction<double[]> metric) {
        return new Trainer.Settings(steps, until, guard, schedule(), metric);
    }

    /** lr=f, a function of the step k = 0, 1, ... (micrograd's lr = 1.0 - 0.9*k/100), called before each update; else null. */
    private java.util.function.IntToDoubleFunction schedule() {
        if (!(a.keyword("lr") instanceof gd.eval.UserFn f)) return null;
        if (f.params().size() != 1)
            throw a.errorAt("lr", "a learning-rate schedule is a function of the step, like rate(k) = 1.0 - 0.9*k/100; "
                + f.name() + " takes " + f.params().size() + " arguments");
        return k -> {
            Object v = gd.eval.Calls.callUser(a.interp(), f, List.of(Num.of(k)), a.keywordSpan("lr"));
            if (!(v instanceof Num n))
                throw a.errorAt("lr", f.name() + "(" + k + ") must give a learning rate, got " + Values.describe(v));
            return positive(f.name() + "(" + k + ")", n);
        };
    }

    /** How train(loss_fn, data=...) walks its rows: batch=8, epochs=20, shuffle=true, seed=1, every= (a tenth of the epochs). */
    Batches.Spec batches() {
        int batch = whole("batch", 8, 1), epochs = whole("epochs", 20, 1);
        boolean shuffle = a.flag("shuffle", true);
        int seed = whole("seed", 1, 0);
        return new Batches.Spec(batch, epochs, shuffle, seed, a.has("every") ? every : Math.max(1, epochs / 10));
    }

    /** The optimizer the options describe, with PyTorch's defaults for what they leave out. */
    Optimizer.Spec optimizerSpec() {
        Optimizer.Spec d = Optimizer.Spec.of(optimizer);
        return new Optimizer.Spec(optimizer, number("momentum", d.momentum()), number("beta1", d.beta1()),
                number("beta2", d.beta2()), number("eps", d.eps()));
    }

    Optimizer optimizer(List<Expr.Sym> params) { return optimizerSpec().start(rates(params)); }

    private Optimizer.Kind optimizerKind() {
        List<String> labels = new java.util.ArrayList<>();
        for (Optimizer.Kind k : Optimizer.Kind.values()) labels.add(k.label);
        return Optimizer.Kind.named(choice("optimizer", Optimizer.Kind.SGD.label, labels.toArray(String[]::new)));
    }

    /** lr: one number for all parameters, or a dict giving each its own. */
    double[] rates(List<Expr.Sym> params) {
        double[] lr = new double[params.size()];
        Object v = a.has("lr") ? a.keyword("lr") : Num.of(optimizer.defaultRate);
        if (v instanceof gd.eval.UserFn) return lr;      // the schedule sets the rate before every step
        if (v instanceof Num n) { java.util.Arrays.fill(lr, positive("lr", n)); return lr; }
        if (!(v instanceof Map<?, ?> dict)) throw a.errorAt("lr",
                "lr is a number, a dict of rates like {a: 1e-4, b: 0.01} or a function of the step like rate(k) = "
                        + "0.1/(1 + k), got " + Values.describe(v));
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            Object key = e.getKey() instanceof String s ? Expr.sym(s) : e.getKey();
            if (!params.contains(key)) throw a.errorAt("lr", "lr gives a rate for " + Values.show(e.getKey())
                    + ", which is not a parameter of this loss (its parameters: " + names(params) + ")");
            if (!(e.getValue() instanceof Num n)) throw a.errorAt("lr", "the rate for " + Values.show(e.getKey())
                    + " must be a number, got " + Values.describe(e.getValue()));
            lr[params.indexOf(key)] = positive("the rate for " + Values.show(e.getKey()), n);
        }
        for (int i = 0; i < params.size(); i++)
            if (!dict.containsKey(params.get(i)) && !dict.containsKey(params.get(i).name()))
                throw a.errorAt("lr", "lr has no rate for " + params.get(i).name()
                        + "; give every parameter of the loss one ("
                        + names(params) + ")");
        return lr;
    }

    /** A learning rate must be a positive finite number: 0 never moves, a negative one climbs the loss. */
    private double positive(String what, Num n) {
        double r = n.doubleValue();
        if (!(r > 0) || Double.isInfinite(r))
            throw a.errorAt("lr", what
                    + " must be a positive number (0 would not move, and a negative rate climbs the loss), got " + n);
        return r;
    }

    static String names(List<Expr.Sym> params) {
        StringBuilder sb = new StringBuilder();
        for (Expr.Sym p : params) sb.append(sb.length() > 0 ? ", " : "").append(p.name());
        return sb.toString();
    }

    int whole(String name, int otherwise, int min) {
        if (!a.has(name)) return otherwise;
        if (a.keyword(name) instanceof Num n && n.isInteger() && n.numerator().bitLength() <= 31
                && n.numerator().intValue() >= min)   // 2^31 - 1 has 31 bits
            return n.numerator().intValue();
        throw a.errorAt(name, name + " must be a whole number from " + min + " to 2147483647, got "
                + Values.describe(a.keyword(name)));
    }

    double number(String name, double otherwise) {
        if (!a.has(name)) return otherwise;
        if (a.keyword(name) instanceof Num n) return n.doubleValue();
        throw a.errorAt(name, name + " must be a number, got " + Values.describe(a.keyword(name)));
    }

    private String choice(String name, String otherwise, String... allowed) {
        if (!a.has(name)) return otherwise;
        Object v = a.keyword(name);
        for (String s : allowed) if (s.equals(v)) return s;
        throw a.errorAt(name, name + " must be one of \"" + String.join("\", \"", allowed) + "\", got "
                + Values.describe(v));
    }
}
