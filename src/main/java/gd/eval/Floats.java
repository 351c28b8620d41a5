package gd.eval;

import gd.expr.Num;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Lists of floats kept as primitive arrays: a column (linspace, random, noise make them) and rows
 * over columns (zip of columns, a batch of such rows). To the language they are ordinary immutable
 * lists whose items are the numbers Num.of makes (interned, so the same number is the same object
 * however often it is read); a data sum ({@link DataSums}) reads the arrays directly, so a million
 * points cost 8 MB instead of a million boxed, interned numbers.
 */
public final class Floats {
    private Floats() {}

    /** A list of floats. The array is never changed (a zero is +0, as Num.of makes it). */
    public static final class Column extends AbstractList<Object> implements RandomAccess {
        private final double[] xs;

        public Column(double[] xs) {
            this.xs = xs.clone();
            for (int i = 0; i < this.xs.length; i++) if (this.xs[i] == 0) this.xs[i] = 0.0;
        }

        @Override public Object get(int i) { return Num.of(xs[i]); }
        @Override public int size() { return xs.length; }
    }

    /** Rows [c0[i], c1[i], ...] of equal-length columns, over the rows index[0], index[1], ... (all rows when index is null). */
    public static final class Rows extends AbstractList<Object> implements RandomAccess {
        private final double[][] cols;
        private final int[] index;

        Rows(double[][] cols, int[] index) {
            this.cols = cols;
            this.index = index;
        }

        @Override public Object get(int i) {
            int row = index == null ? i : index[i];
            if (row < 0 || row >= cols[0].length) throw new IndexOutOfBoundsException(i);
            Object[] out = new Object[cols.length];
            for (int c = 0; c < cols.length; c++) out[c] = Num.of(cols[c][row]);
            return List.of(out);
        }

        @Override public int size() { return index == null ? cols[0].length : index.length; }

        /** These rows' items at the given positions (a batch). */
        public Rows select(int[] positions) {
            int[] rows = new int[positions.length];
            for (int i = 0; i < rows.length; i++) rows[i] = index == null ? positions[i] : index[positions[i]];
            return new Rows(cols, rows);
        }

        public int width() { return cols.length; }

        /** Whether these are some of the rows of a bigger list, chosen (a batch). */
        public boolean isBatch() { return index != null; }

        /** Column c of these rows, in their order. */
        double[] column(int c) {
            if (index == null) return cols[c];
            double[] out = new double[index.length];
            for (int i = 0; i < out.length; i++) out[i] = cols[c][index[i]];
            return out;
        }
    }

    /** The list under a gd list (as a built-in made it, while unchanged). */
    static List<Object> unwrap(List<Object> l) { return l instanceof GdList g ? g.items() : l; }

    /** Whether the list is a batch of float rows (see {@link Rows#isBatch}). */
    public static boolean isBatch(List<Object> l) { return unwrap(l) instanceof Rows r && r.isBatch(); }

    /** zip of lists of floats: their rows, as long as the shortest; null when a list holds anything but floats. */
    public static Rows zip(List<List<Object>> lists) {
        if (lists.isEmpty()) return null;
        int n = Integer.MAX_VALUE;
        for (List<Object> l : lists) n = Math.min(n, l.size());
        if (n == 0) return null;
        double[][] cols = new double[lists.size()][];
        for (int c = 0; c < cols.length; c++) {
            List<Object> l = unwrap(lists.get(c));
            double[][] one = columns(l instanceof Column ? l : l.subList(0, n), 1);
            if (one == null) return null;
            cols[c] = java.util.Arrays.copyOf(one[0], n);
        }
        return new Rows(cols, null);
    }

    /** Rows of floats as Rows (a list of lists of floats, all of one width); null when they are not that. */
    public static Rows rows(List<Object> list) {
        List<Object> rows = unwrap(list);
        if (rows instanceof Rows r) return r;
        if (rows.isEmpty() || !(rows.get(0) instanceof List<?> first) || first.isEmpty()) return null;
        double[][] cols = columns(rows, first.size());
        return cols == null ? null : new Rows(cols, null);
    }

    /**
     * The items as columns of floats, vars wide (vars == 1: the items are the numbers themselves),
     * or null when they are not all inexact numbers in rows of that width.
     */
    static double[][] columns(List<Object> list, int vars) {
        List<Object> items = unwrap(list);
        if (vars == 1 && items instanceof Column c) return new double[][]{c.xs};
        if (items instanceof Rows r && r.width() == vars) {
            double[][] out = new double[vars][];
            for (int c = 0; c < vars; c++) out[c] = r.column(c);
            return out;
        }
        int n = items.size();
        double[][] cols = new double[vars][n];
        for (int i = 0; i < n; i++) {
            Object item = items.get(i);
            if (vars == 1) item = List.of(item);
            if (!(item instanceof List<?> row) || row.size() != vars) return null;
            for (int c = 0; c < vars; c++) {
                if (!(row.get(c) instanceof Num v) || v.isExact()) return null;
                cols[c][i] = v.doubleValue();
            }
        }
        return cols;
    }
}
