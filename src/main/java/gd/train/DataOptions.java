package gd.train;

import gd.eval.Args;
import gd.eval.Values;
import gd.expr.Num;

import java.util.List;

/** Glue: reading the data= option given as rows (a list of [x, y, ...] lists, as zip(xs, ys) and load(...) make them). */
final class DataOptions {
    private DataOptions() {}

    /** The rows of option 'name', checked: a list of lists. Empty when the option is absent. */
    static List<Object> rows(Args a, String name) {
        if (!a.has(name)) return List.of();
        Object v = a.keyword(name);
        if (v instanceof List<?> l) {
            for (Object row : l)
                if (!(row instanceof List<?>)) throw a.errorAt(name, name
                        + " must be a list of rows, like zip(xs, ys) or load(\"data.csv\"), but it holds "
                        + Values.describe(row));
            return Values.asList(l);
        }
        throw a.errorAt(name, name + " must be a list of rows, like zip(xs, ys) or load(\"data.csv\"), got "
                + Values.describe(v));
    }

    /** The first two columns of the rows as numbers (x, y), for charts; rows that are not two numbers are left out. */
    static double[][] columns(Args a, String name) {
        List<Object> rows = rows(a, name);
        double[] xs = new double[rows.size()], ys = new double[rows.size()];
        int n = 0;
        for (Object r : rows) {
            List<?> row = (List<?>) r;
            if (row.size() < 2 || !(row.get(0) instanceof Num x) || !(row.get(1) instanceof Num y)) continue;
            xs[n] = x.doubleValue();
            ys[n++] = y.doubleValue();
        }
        return new double[][]{java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }
}
