package gd.grad;

import gd.expr.Cancel;
import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data sum's body ({@link DataSum}) compiled once and run over the rows, a chunk of rows at a
 * time, forward and backward: one small tape over arrays instead of a dozen nodes per row. Its
 * parts without a parameter are computed once per row here, as the seed's loop folds them to
 * numbers (they become columns); parts with parameters only are computed once per pass
 * (scalars); the rest runs element by element over each chunk. The terms are added in row order,
 * as the seed's (+ (+ 0 t0) t1) does, so the value is bit for bit the seed's; the gradient adds
 * the same partials in another order (rounding may differ in the last bits).
 */
final class RowKernel {
    private static final int CHUNK = 512;
    private static final Fn[] FNS = Fn.values();
    private static final byte CONST = 0, PARAM = 1, COL = 2, OP = 3;

    /** The body's parameters: the DATA node's children, in this order. */
    final List<Expr> params = new ArrayList<>();
    private final int rows;
    private final List<Byte> kinds = new ArrayList<>();
    private final List<Integer> as = new ArrayList<>(), bs = new ArrayList<>(), ops = new ArrayList<>();
    private final List<double[]> colList = new ArrayList<>();
    private final Map<Expr, Integer> index = new IdentityHashMap<>();
    private final DataSum data;

    // compiled
    private int n, root;
    private byte[] kind, op;              // op: an Op ordinal, or -1 - the Fn ordinal, for OP nodes
    private int[] a, b, target;           // target: the PARAM's index in params
    private boolean[] vector, square;
    private double[][] col, v, adj;
    private double[] scalar, sadj, tmp = new double[CHUNK];

    private RowKernel(DataSum data, int rows) {
        this.data = data;
        this.rows = rows;
    }

    /**
     * The kernel of the first rows terms of data; null when a row's number has no value (the seed's
     * terms then report it), or when a function of several arguments (max, where) depends on a parameter.
     */
    static RowKernel of(DataSum data, int rows) {
        if (piecewise(data.body(), data, new IdentityHashMap<>())) return null;    // before any column is computed
        RowKernel k = new RowKernel(data, rows);
        try {
            k.root = k.node(data.body());
        } catch (ArithmeticException undefined) {
            return null;
        }
        k.pack();
        return k;
    }

    private static boolean piecewise(Expr e, DataSum data, Map<Expr, Boolean> seen) {
        if (seen.put(e, Boolean.TRUE) != null) return false;
        if (e instanceof Expr.Call c && c.fn().arity() > 1 && data.hasParam(e, new IdentityHashMap<>())) return true;
        for (Expr a : e.args()) if (piecewise(a, data, seen)) return true;
        return false;
    }

    private int node(Expr e) {
        Integer done = index.get(e);
        if (done != null) return done;
        int i;
        if (e instanceof Num num) i = add(CONST, -1, -1, 0, null, num.doubleValue());
        else if (e instanceof Expr.Sym s && data.column(s) < 0) { params.add(s); i = add(PARAM, params.size() - 1, -1, 0, null, 0); }
        else if (!data.hasParam(e, new IdentityHashMap<>())) i = add(COL, -1, -1, 0, column(e), 0);
        else if (e instanceof Expr.Call c && c.fn().arity() > 1) throw new ArithmeticException(c.fn().fnName());   // not compiled: the seed's terms run it
        else if (e instanceof Expr.Call c) i = add(OP, node(c.arg()), -1, -1 - c.fn().ordinal(), null, 0);
        else {
            Expr.Apply ap = (Expr.Apply) e;
            int l = node(ap.left()), r = node(ap.right());
            i = add(OP, l, r, ap.op().ordinal(), null, 0);
        }
        index.put(e, i);
        return i;
    }

    private final List<Double> consts = new ArrayList<>();

    private int add(byte kind, int a, int b, int op, double[] column, double constant) {
        kinds.add(kind); as.add(a); bs.add(b); ops.add(op); colList.add(column); consts.add(constant);
        return kinds.size() - 1;
    }

    /** A part without parameters, on every row: as Num's arithmetic computes it on doubles (a zero is +0, as Num.of makes it). */
    private double[] column(Expr e) {
        if (e instanceof Expr.Sym s) return placeholderColumns.computeIfAbsent(s, this::doubles);
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) out[i] = at(e, i);
        return out;
    }

    private final Map<Expr.Sym, double[]> placeholderColumns = new IdentityHashMap<>();

    private double at(Expr e, int i) {
        if (e instanceof Num num) return num.doubleValue();
        if (e instanceof Expr.Sym s) return placeholderColumns.computeIfAbsent(s, this::doubles)[i];
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

    private double[] doubles(Expr.Sym s) {
        double[] out = new double[rows];
        int c = data.column(s);
        for (int i = 0; i < rows; i++) out[i] = data.value(c, i);
        return out;
    }

    private void pack() {
        n = kinds.size();
        kind = new byte[n]; op = new byte[n]; a = new int[n]; b = new int[n]; target = new int[n];
        vector = new boolean[n]; square = new boolean[n];
        col = new double[n][]; v = new double[n][]; adj = new double[n][];
        scalar = new double[n]; sadj = new double[n];
        for (int j = 0; j < n; j++) {
            kind[j] = kinds.get(j); a[j] = as.get(j); b[j] = bs.get(j); op[j] = (byte) (int) ops.get(j);
            col[j] = colList.get(j);
            if (kind[j] == CONST) scalar[j] = consts.get(j);
            if (kind[j] == PARAM) target[j] = a[j];
            vector[j] = kind[j] == COL || kind[j] == OP && (vector[a[j]] || b[j] >= 0 && vector[b[j]]);
            square[j] = kind[j] == OP && op[j] == Op.POW.ordinal() && kind[b[j]] == CONST && scalar[b[j]] == 2.0;
            if (vector[j]) v[j] = new double[CHUNK];
        }
        int[] uses = new int[n];
        for (int j = 0; j < n; j++) if (kind[j] == OP) { uses[a[j]]++; if (b[j] >= 0) uses[b[j]]++; }
        alias = new boolean[n];
        for (int j = n - 1; j >= 0; j--) {
            if (!vector[j] || kind[j] != OP) continue;
            if (adj[j] == null) adj[j] = new double[CHUNK];
            boolean passes = op[j] == Op.ADD.ordinal() || op[j] == Op.SUB.ordinal();   // d/dx of x + y and x - y is exactly 1
            for (int c : new int[]{a[j], op[j] == Op.ADD.ordinal() ? b[j] : -1}) {
                if (!passes || c < 0 || uses[c] != 1 || kind[c] != OP || !vector[c]) continue;
                adj[c] = adj[j];       // a term used once gets its sum's adjoint unchanged: share the array
                alias[c] = true;
            }
        }
        java.util.Arrays.fill(adj[root], 1.0);   // each row's term has adjoint 1, and nothing else writes it
    }

    private boolean[] alias;

    private boolean gradient;

    /** Whether the next forward pass also computes d(sum)/d(param), for {@link #backward} to scale (one pass over the rows per step). */
    void withGradient(boolean on) { gradient = on; }

    /** The sum of the terms, with the parameters' values at outer[slots[from..to)]. */
    double forward(double[] outer, int[] slots, int from, int to) {
        scalars(outer, slots, from);
        double acc = data.start() instanceof Num s ? s.doubleValue() : 0.0;
        double[] out = v[root];
        java.util.Arrays.fill(sadj, 0.0);
        for (int lo = 0; lo < rows; lo += CHUNK) {
            Cancel.check();
            int len = Math.min(CHUNK, rows - lo);
            chunkForward(lo, len);
            for (int i = 0; i < len; i++) acc += out[i];
            if (gradient) chunkBackward(len);
        }
        if (gradient) for (int j = n - 1; j >= 0; j--) if (kind[j] == OP && !vector[j]) scalarBack(j);
        return acc;
    }

    /** Each row's term passes adjoint 1 down its body; the parameters' adjoints add up over the rows. */
    private void chunkBackward(int len) {
        for (int j = 0; j < n; j++) if (adj[j] != null && j != root && !alias[j]) java.util.Arrays.fill(adj[j], 0, len, 0.0);
        for (int j = n - 1; j >= 0; j--) if (adj[j] != null) Elementwise.back(this, j, len);
    }

    private void scalars(double[] outer, int[] slots, int from) {
        for (int j = 0; j < n; j++) {
            if (kind[j] == PARAM) scalar[j] = outer[slots[from + target[j]]];
            else if (kind[j] == OP && !vector[j]) scalar[j] = op[j] < 0 ? FNS[-1 - op[j]].apply(scalar[a[j]]) : Op.values()[op[j]].apply(scalar[a[j]], scalar[b[j]]);
        }
    }

    private void chunkForward(int lo, int len) {
        for (int j = 0; j < n; j++) {
            if (!vector[j]) continue;
            double[] o = v[j];
            if (kind[j] == COL) { System.arraycopy(col[j], lo, o, 0, len); continue; }
            if (op[j] < 0) { Fn f = FNS[-1 - op[j]]; double[] x = v[a[j]]; for (int i = 0; i < len; i++) o[i] = f.apply(x[i]); continue; }
            int x = a[j], y = b[j];
            if (square[j]) { double[] p = v[x]; for (int i = 0; i < len; i++) o[i] = p[i] * p[i]; continue; }
            Op o2 = Op.values()[op[j]];
            if (vector[x] && vector[y]) Elementwise.vv(o2, v[x], v[y], o, len);
            else if (vector[x]) Elementwise.vs(o2, v[x], scalar[y], o, len);
            else Elementwise.sv(o2, scalar[x], v[y], o, len);
        }
    }

    /** Adds adjoint * d(sum)/d(param), as the last forward pass found it, into outer[slots[from..])]. */
    void backward(double adjoint, double[] outer, int[] slots, int from) {
        for (int j = 0; j < n; j++) if (kind[j] == PARAM) outer[slots[from + target[j]]] += adjoint * sadj[j];
    }

    private void scalarBack(int j) {
        double g = sadj[j], x = scalar[a[j]];
        if (op[j] < 0) { sadj[a[j]] += g * FNS[-1 - op[j]].slope(x); return; }
        double y = scalar[b[j]];
        double[] p = Elementwise.partials(Op.values()[op[j]], x, y, scalar[j]);
        sadj[a[j]] += g * p[0];
        sadj[b[j]] += g * p[1];
    }

    // for Elementwise.back
    byte op(int j) { return op[j]; }
    int left(int j) { return a[j]; }
    int right(int j) { return b[j]; }
    boolean square(int j) { return square[j]; }
    double[] values(int j) { return v[j]; }
    double[] adjoints(int j) { return adj[j]; }
    double[] tmp() { return tmp; }
    boolean isVector(int j) { return vector[j]; }
    double scalar(int j) { return scalar[j]; }

    /** Adds g[i] * w[i] into node j's adjoint (w: node m's values, or its one value). */
    void pushProduct(int j, double[] g, int m, int len) {
        if (adj[j] == null && (kind[j] == COL || kind[j] == CONST)) return;
        double[] t = adj[j], w = v[m];
        double ws = scalar[m];
        if (t != null && w != null) for (int i = 0; i < len; i++) t[i] += g[i] * w[i];
        else if (t != null) for (int i = 0; i < len; i++) t[i] += g[i] * ws;
        else if (w != null) sadj[j] += dot(g, w, len);
        else sadj[j] += sum(g, len) * ws;
    }

    /** Four running sums, so the adds do not wait on each other. */
    private static double dot(double[] g, double[] w, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) { s0 += g[i] * w[i]; s1 += g[i + 1] * w[i + 1]; s2 += g[i + 2] * w[i + 2]; s3 += g[i + 3] * w[i + 3]; }
        for (; i < len; i++) s0 += g[i] * w[i];
        return (s0 + s1) + (s2 + s3);
    }

    private static double sum(double[] c, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) { s0 += c[i]; s1 += c[i + 1]; s2 += c[i + 2]; s3 += c[i + 3]; }
        for (; i < len; i++) s0 += c[i];
        return (s0 + s1) + (s2 + s3);
    }

    /** Adds c[0..len) into node j's adjoint: element by element for a vector operation, summed for a scalar or parameter, dropped for data and constants. */
    void push(int j, double[] c, int len) {
        if (alias[j]) return;
        if (adj[j] != null) { double[] t = adj[j]; for (int i = 0; i < len; i++) t[i] += c[i]; return; }
        if (kind[j] == COL || kind[j] == CONST) return;
        sadj[j] += sum(c, len);
    }
}
