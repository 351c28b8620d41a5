package gd.grad;

import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The parts of a data sum's body without parameters, on every row, for {@link RowKernel}: the
 * numbers the seed's loop folds each row's term to. Kept while a kernel is made, then dropped
 * (the kernel keeps the arrays of the parts it reads).
 */
final class DataColumns {
    private final DataSum data;
    private final int rows;
    /** Every part computed so far. */
    private final Map<Expr, double[]> columns = new IdentityHashMap<>();

    DataColumns(DataSum data, int rows) {
        this.data = data;
        this.rows = rows;
    }

    /**
     * A part without parameters, on every row: as Num's arithmetic computes it on doubles (a zero
     * is +0, as Num.of makes it), one node over all the rows at a time, each shared part once.
     */
    double[] of(Expr e) {
        double[] done = columns.get(e);
        if (done != null) return done;
        double[] out;
        if (e instanceof Num num) {
            out = new double[rows];
            java.util.Arrays.fill(out, num.doubleValue());
        } else if (e instanceof Expr.Sym s) {
            out = data.values(data.column(s));
        } else if (e instanceof Expr.Call c && c.fn().arity() > 1) {
            out = new double[rows];
            for (int i = 0; i < rows; i++) out[i] = at(e, i);
        } else if (e instanceof Expr.Call c) {
            double[] x = of(c.arg());
            out = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (!c.fn().defined(x[i])) throw new ArithmeticException(c.fn().fnName());
                double r = c.fn().apply(x[i]);
                out[i] = r == 0 ? 0.0 : r;
            }
        } else {
            Expr.Apply ap = (Expr.Apply) e;
            double[] x = of(ap.left()), y = of(ap.right());
            Op o = ap.op();
            out = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (o.undefined(x[i], y[i])) throw new ArithmeticException(o.symbol);
                double r = o.apply(x[i], y[i]);
                out[i] = r == 0 ? 0.0 : r;
            }
        }
        columns.put(e, out);
        return out;
    }

    /** Row i's value of a part without parameters: for where, max and min, whose unchosen side may have no value on that row. */
    private double at(Expr e, int i) {
        if (e instanceof Num num) return num.doubleValue();
        if (e instanceof Expr.Sym s) return data.value(data.column(s), i);
        double r;
        if (e instanceof Expr.Call c && c.fn().arity() > 1) {
            double x = at(c.arg(), i);
            r = c.fn() == Fn.WHERE ? at(c.args().get(x != 0 ? 1 : 2), i) : c.fn().apply(x, at(c.args().get(1), i), 0.0);
        } else if (e instanceof Expr.Call c) {
            double x = at(c.arg(), i);
            if (!c.fn().defined(x)) throw new ArithmeticException(c.fn().fnName());
            r = c.fn().apply(x);
        } else {
            Expr.Apply ap = (Expr.Apply) e;
            double x = at(ap.left(), i), y = at(ap.right(), i);
            if (ap.op().undefined(x, y)) throw new ArithmeticException(ap.op().symbol);
            r = ap.op().apply(x, y);
        }
        return r == 0 ? 0.0 : r;
    }

}
