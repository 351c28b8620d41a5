package gd.train;

import gd.ast.GdError;
import gd.eval.Floats;
import gd.eval.Output;
import gd.eval.Values;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.NumFormat;
import gd.grad.Tape;
import gd.grad.Tapes;

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

    /**
     * One epoch's batches of rows: positions 0..n-1 shuffled (or not) by random, cut into batches.
     * Float rows give views of their columns (a data sum over one runs over those rows); other
     * rows, lists of them.
     */
    static List<Object> of(List<Object> rows, int batch, boolean shuffle, int seed) {
        return epoch(rows, batch, shuffle ? new Random(seed) : null);
    }

    private static List<Object> epoch(List<Object> list, int batch, Random random) {
        Floats.Rows floats = Floats.rows(list);
        List<Object> rows = floats != null ? floats : list;
        List<Integer> order = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) order.add(i);
        if (random != null) Collections.shuffle(order, random);       // the same swaps as shuffling the rows themselves
        List<Object> out = new ArrayList<>();
        for (int from = 0; from < order.size(); from += batch) {
            int[] at = order.subList(from, Math.min(from + batch, order.size())).stream().mapToInt(Integer::intValue).toArray();
            if (rows instanceof Floats.Rows fr) { out.add(fr.select(at)); continue; }
            List<Object> part = new ArrayList<>(at.length);
            for (int i : at) part.add(rows.get(i));
            out.add(Collections.unmodifiableList(part));
        }
        return Collections.unmodifiableList(out);
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
            losses.add(wholeLoss(lossOf, rows, params, p));
            return new Trainer.Result(losses, history, Trainer.Stop.INTERRUPTED, 0, 0, null);
        }
        losses.add(wholeLoss(lossOf, rows, params, p));
        return new Trainer.Result(losses, history, Trainer.Stop.EPOCHS, 0, 0, null);
    }

    private static double wholeLoss(Function<List<Object>, Expr> lossOf, List<Object> rows, List<Expr.Sym> params, double[] p) {
        Tape whole = Tapes.tape(lossOf.apply(rows), params);
        synchronized (whole) { return whole.evaluate(p, null); }
    }

    /** The epochs, each batch's loss and parameters recorded as it is done (so that Ctrl-C keeps the batches finished). */
    private static void epochs(Spec s, Function<List<Object>, Expr> lossOf, List<Object> rows, List<Expr.Sym> params, Optimizer opt,
                               Output out, Random random, double[] p, double[] g, List<Double> losses, List<double[]> history) {
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            double total = 0;
            for (Object batch : epoch(rows, s.batch(), s.shuffle() ? random : null)) {
                Cancel.check();
                List<Object> part = Values.asList((List<?>) batch);
                Tape tape = Tapes.tape(lossOf.apply(part), params);     // one tape for every batch of one size (data sums)
                double loss;
                synchronized (tape) { loss = tape.evaluate(p, g); }
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
