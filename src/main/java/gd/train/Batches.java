package gd.train;

import gd.grad.Tape;
import gd.grad.Layout;
import gd.eval.Args;
import gd.eval.Calls;
import gd.eval.UserFn;
import gd.eval.Values;
import gd.expr.Cancel;
import gd.expr.Expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Mini-batch training, with PyTorch DataLoader semantics: each epoch walks the rows in batches of
 * 'batch' (the last, partial batch kept), in an order reshuffled every epoch from one generator
 * seeded once, so a seed reproduces the run. loss_fn(batch) builds each batch's loss; the
 * parameters are the session's parameters that occur in it.
 */
final class Batches {
    private Batches() {}

    static Object train(Args a, UserFn lossFn) {
        List<Object> rows = Data.rows(a, "data");
        if (rows.isEmpty()) throw a.errorAt(0, "train with a loss function needs data=rows (a non-empty list), e.g. data=load(\"points.csv\")");
        TrainOptions o = new TrainOptions(a, 0);
        int batch = o.whole("batch", 8, 1), epochs = o.whole("epochs", 20, 1);
        boolean shuffle = a.flag("shuffle", true);
        Random random = new Random(o.whole("seed", 1, 0));
        List<Expr.Sym> params = TrainLib.paramsOf(a, Layout.of(loss(a, lossFn, rows.subList(0, Math.min(batch, rows.size())))));
        Optimizer opt = o.optimizer(params);
        int perEpoch = (rows.size() + batch - 1) / batch, every = a.has("every") ? o.every : Math.max(1, epochs / 10);
        double[] p = TrainLib.values(a.env(), params), g = new double[p.length];
        List<Double> losses = new ArrayList<>();
        List<double[]> history = new ArrayList<>(List.of(p.clone()));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            List<Object> order = new ArrayList<>(rows);
            if (shuffle) Collections.shuffle(order, random);
            double total = 0;
            for (int start = 0; start < order.size(); start += batch) {
                Cancel.check();
                List<Object> part = order.subList(start, Math.min(start + batch, order.size()));
                double loss = Tape.compile(loss(a, lossFn, part), params).evaluate(p, g);
                if (!Double.isFinite(loss)) throw a.error("the loss of a batch became " + Fmt.sig(loss, 4) + " in epoch " + epoch + "; try a smaller lr");
                losses.add(loss);
                total += loss * part.size();
                opt.step(p, g);
                history.add(p.clone());
            }
            if (epoch % every == 0 || epoch == epochs) a.out().line(epochLine(epoch, epochs, total / rows.size(), params, p));
        }
        losses.add(Tape.compile(loss(a, lossFn, rows), params).evaluate(p, null));   // the last entry: the loss over all the data
        Trainer.Result r = new Trainer.Result(losses, history, Trainer.Stop.EPOCHS, 0, 0, null);
        TrainLib.store(a.env(), params, r);
        a.out().line(Report.summary(r, params, o.optimizer.label + ", " + epochs + " epochs of " + perEpoch + " batches"));
        Plots.after(a, r, params, o.chart);
        return new TrainRun(r, params, o.optimizer.label, "reverse");
    }

    private static Expr loss(Args a, UserFn f, List<Object> batch) {
        Object v = Calls.callUser(a.interp(), f, List.of(List.copyOf(batch)), a.spanOf(0));
        if (v instanceof Expr e) return e;
        throw a.errorAt(0, f.name() + "(batch) must give the batch's loss as an expression, got " + Values.describe(v));
    }

    private static String epochLine(int epoch, int epochs, double meanLoss, List<Expr.Sym> params, double[] p) {
        return Report.progress(epoch, Integer.toString(epochs).length(), meanLoss, params, p).replaceFirst("^step", "epoch");
    }
}
