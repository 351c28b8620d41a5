package gd.train;

import gd.ast.GdError;
import gd.eval.Output;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.NumFormat;
import gd.grad.Tape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Mini-batch training, with PyTorch DataLoader semantics: each epoch walks the rows in batches of
 * 'batch' (the last, partial batch kept), in an order reshuffled every epoch from one generator
 * seeded once, so a seed reproduces the run. lossOf(batch) builds each batch's loss (the glue
 * calls the user's loss_fn); the parameters are those of the session that occur in it.
 */
final class Batches {
    private Batches() {}

    /** How to walk the data: rows per batch, epochs, whether and from which seed to shuffle, and how often to report. */
    record Spec(int batch, int epochs, boolean shuffle, int seed, int every) {
        int perEpoch(int rows) { return (rows + batch - 1) / batch; }
    }

    /** Trains from start; the run's last loss is the loss over all the rows. */
    static Trainer.Result run(Spec s, Function<List<Object>, Expr> lossOf, List<Object> rows, List<Expr.Sym> params,
                              Optimizer opt, double[] start, Output out) {
        Random random = new Random(s.seed());
        double[] p = start.clone(), g = new double[p.length];
        List<Double> losses = new ArrayList<>();
        List<double[]> history = new ArrayList<>(List.of(p.clone()));
        try {
            epochs(s, lossOf, rows, params, opt, out, random, p, g, losses, history);
        } catch (Cancel.Interrupted e) {
            if (history.size() == 1) throw e;           // no batch done: nothing to keep
            losses.add(Tape.compile(lossOf.apply(rows), params).evaluate(p, null));
            return new Trainer.Result(losses, history, Trainer.Stop.INTERRUPTED, 0, 0, null);
        }
        losses.add(Tape.compile(lossOf.apply(rows), params).evaluate(p, null));
        return new Trainer.Result(losses, history, Trainer.Stop.EPOCHS, 0, 0, null);
    }

    /** The epochs, each batch's loss and parameters recorded as it is done (so that Ctrl-C keeps the batches finished). */
    private static void epochs(Spec s, Function<List<Object>, Expr> lossOf, List<Object> rows, List<Expr.Sym> params, Optimizer opt,
                               Output out, Random random, double[] p, double[] g, List<Double> losses, List<double[]> history) {
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            List<Object> order = new ArrayList<>(rows);
            if (s.shuffle()) Collections.shuffle(order, random);
            double total = 0;
            for (int from = 0; from < order.size(); from += s.batch()) {
                Cancel.check();
                List<Object> part = order.subList(from, Math.min(from + s.batch(), order.size()));
                double loss = Tape.compile(lossOf.apply(part), params).evaluate(p, g);
                if (!Double.isFinite(loss))
                    throw GdError.run("the loss of a batch became " + NumFormat.sig(loss, 4) + " in epoch " + epoch
                            + "; try a smaller lr");
                losses.add(loss);
                total += loss * part.size();
                opt.step(p, g);
                history.add(p.clone());
            }
            if (s.every() > 0 && (epoch % s.every() == 0 || epoch == s.epochs()))
                out.line(epochLine(epoch, s.epochs(), total / rows.size(), params, p, out.width()));
        }
    }

    private static String epochLine(int epoch, int epochs, double meanLoss, List<Expr.Sym> params, double[] p,
            int width) {
        return Report.progress(epoch, Integer.toString(epochs).length(), meanLoss, null, params, p,
                width).replaceFirst("^step", "epoch");
    }
}
