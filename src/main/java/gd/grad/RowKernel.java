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
    private DataSum data;
    private final Map<Integer, Expr> colExprs = new java.util.HashMap<>();
    private Expr[] colExpr;

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
        k.columns = new DataColumns(data, rows);
        try {
            k.root = k.node(data.body());
        } catch (ArithmeticException undefined) {
            return null;
        }
        k.pack();
        k.columns = null;   // the arrays the COL nodes hold stay; the parts in between go
        k.paramMemo = null;
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
        else if (!data.hasParam(e, paramMemo)) { i = add(COL, -1, -1, 0, columns.of(e), 0); colExprs.put(i, e); }
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
    private Map<Expr, Boolean> paramMemo = new IdentityHashMap<>();
    private DataColumns columns;

    private int add(byte kind, int a, int b, int op, double[] column, double constant) {
        kinds.add(kind); as.add(a); bs.add(b); ops.add(op); colList.add(column); consts.add(constant);
        return kinds.size() - 1;
    }


    // How a vector operation's chunk is computed: SKIP for a product that an AXPY computes within its sum.
    private static final byte SKIP = 0, FN = 1, SQUARE = 2, AXPY = 3, VV = 4, VS = 5, SV = 6;

    private void pack() {
        n = kinds.size();
        kind = new byte[n]; op = new byte[n]; a = new int[n]; b = new int[n]; target = new int[n];
        vector = new boolean[n]; square = new boolean[n]; form = new byte[n];
        col = new double[n][]; v = new double[n][]; adj = new double[n][];
        colExpr = new Expr[n];
        colExprs.forEach((j, e) -> colExpr[j] = e);
        scalar = new double[n]; sadj = new double[n];
        int[] uses = new int[n];
        for (int j = 0; j < n; j++) {
            kind[j] = kinds.get(j); a[j] = as.get(j); b[j] = bs.get(j); op[j] = (byte) (int) ops.get(j);
            col[j] = colList.get(j);
            if (kind[j] == CONST) scalar[j] = consts.get(j);
            if (kind[j] == PARAM) target[j] = a[j];
            vector[j] = kind[j] == COL || kind[j] == OP && (vector[a[j]] || b[j] >= 0 && vector[b[j]]);
            square[j] = kind[j] == OP && op[j] == Op.POW.ordinal() && kind[b[j]] == CONST && scalar[b[j]] == 2.0;
            if (kind[j] == OP) { uses[a[j]]++; if (b[j] >= 0) uses[b[j]]++; }
        }
        axpy = new int[n][];
        for (int j = 0; j < n; j++) if (kind[j] == OP && vector[j]) form[j] = formOf(j, uses);
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
        sole = new boolean[n];
        List<Integer> run = new ArrayList<>(), zero = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (kind[j] != OP || !vector[j]) continue;
            sole[j] = uses[j] == 1 && !alias[j];           // its one user writes its adjoint, so nothing needs to clear it
            if (form[j] != SKIP) run.add(j);
            if (form[j] != SKIP && j != root) v[j] = new double[CHUNK];
            if (j != root && !alias[j] && !sole[j]) zero.add(j);
        }
        forwardOrder = run.stream().mapToInt(Integer::intValue).toArray();
        cleared = zero.stream().mapToInt(Integer::intValue).toArray();
        if (form[root] != SQUARE) v[root] = new double[CHUNK];
        java.util.Arrays.fill(adj[root], 1.0);   // each row's term has adjoint 1, and nothing else writes it
    }

    /** An operation's form; a sum with a product of a scalar and a vector used only there becomes an AXPY, and the product SKIP. */
    private byte formOf(int j, int[] uses) {
        if (op[j] < 0) return FN;
        if (square[j]) return SQUARE;
        int x = a[j], y = b[j];
        if (!vector[x] || !vector[y]) return vector[x] ? VS : SV;
        if (op[j] == Op.ADD.ordinal()) {
            int m = fusable(y, uses) ? y : fusable(x, uses) ? x : -1;
            if (m >= 0) {
                boolean scalarLeft = !vector[a[m]];
                axpy[j] = new int[]{m == y ? x : y, scalarLeft ? a[m] : b[m], scalarLeft ? b[m] : a[m]};
                form[m] = SKIP;
                return AXPY;
            }
        }
        return VV;
    }

    /** A product of a scalar and a vector, used once: x + s*w computes it (s*w and w*s, x + m and m + x are the same doubles). */
    private boolean fusable(int m, int[] uses) {
        return kind[m] == OP && op[m] == Op.MUL.ordinal() && uses[m] == 1 && (form[m] == VS || form[m] == SV);
    }

    private boolean[] alias, sole;
    private byte[] form;
    private int[][] axpy;                  // an AXPY's x, s and w
    private int[] forwardOrder, cleared;
    private boolean gradient;

    /** Whether the next forward pass also computes d(sum)/d(param), for {@link #backward} to scale (one pass over the rows per step). */
    void withGradient(boolean on) { gradient = on; }

    /** The sum of the terms, with the parameters' values at outer[slots[from..to)]. */
    double forward(double[] outer, int[] slots, int from, int to) {
        scalars(outer, slots, from);
        double acc = data.start() instanceof Num s ? s.doubleValue() : 0.0;
        java.util.Arrays.fill(sadj, 0.0);
        for (int lo = 0; lo < rows; lo += CHUNK) {
            Cancel.check();
            int len = Math.min(CHUNK, rows - lo);
            acc = chunkForward(lo, len, acc);
            if (gradient) chunkBackward(lo, len);
        }
        if (gradient) for (int j = n - 1; j >= 0; j--) if (kind[j] == OP && !vector[j]) scalarBack(j);
        return acc;
    }

    /** The chunk's terms added to acc in row order, as the seed adds them (a square at the root is added as it is made). */
    private double chunkForward(int lo, int len, double acc) {
        for (int j : forwardOrder) {
            double[] o = v[j];
            int x = a[j], y = b[j];
            switch (form[j]) {
                case FN -> Elementwise.fn(FNS[-1 - op[j]], values(x), at(x, lo), o, len);
                case SQUARE -> {
                    if (j == root) return Elementwise.squareSum(values(x), at(x, lo), len, acc);
                    Elementwise.square(values(x), at(x, lo), o, len);
                }
                case AXPY -> {
                    int[] f = axpy[j];
                    Elementwise.axpy(values(f[0]), at(f[0], lo), scalar[f[1]], values(f[2]), at(f[2], lo), o, len);
                }
                case VV -> Elementwise.vv(Op.values()[op[j]], values(x), at(x, lo), values(y), at(y, lo), o, len);
                case VS -> Elementwise.vs(Op.values()[op[j]], values(x), at(x, lo), scalar[y], o, len);
                default -> Elementwise.sv(Op.values()[op[j]], scalar[x], values(y), at(y, lo), o, len);
            }
        }
        double[] out = v[root];
        for (int i = 0; i < len; i++) acc += out[i];
        return acc;
    }

    /** Each row's term passes adjoint 1 down its body; the parameters' adjoints add up over the rows. */
    private void chunkBackward(int lo, int len) {
        for (int j : cleared) java.util.Arrays.fill(adj[j], 0, len, 0.0);
        for (int j = n - 1; j >= 0; j--) if (adj[j] != null) Elementwise.back(this, j, lo, len);
    }

    private void scalars(double[] outer, int[] slots, int from) {
        for (int j = 0; j < n; j++) {
            if (kind[j] == PARAM) scalar[j] = outer[slots[from + target[j]]];
            else if (kind[j] == OP && !vector[j]) scalar[j] = op[j] < 0 ? FNS[-1 - op[j]].apply(scalar[a[j]]) : Op.values()[op[j]].apply(scalar[a[j]], scalar[b[j]]);
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

    DataSum data() { return data; }

    /**
     * Runs over d's rows from now on (a sum of this kernel's shape: same body, same row count),
     * its data parts computed again; throws ArithmeticException, and keeps its rows, when a row's
     * number has no value.
     */
    void bind(DataSum d) {
        if (d == data) return;
        DataColumns cols = new DataColumns(d, rows);
        double[][] fresh = new double[n][];
        for (int j = 0; j < n; j++) if (kind[j] == COL) fresh[j] = cols.of(colExpr[j]);
        for (int j = 0; j < n; j++) if (kind[j] == COL) col[j] = fresh[j];
        data = d;
    }

    // for Elementwise.back
    byte op(int j) { return op[j]; }
    int left(int j) { return a[j]; }
    int right(int j) { return b[j]; }
    boolean square(int j) { return square[j]; }
    /** Node j's values for the chunk: from index at(j, lo) of this array; null for a scalar. */
    double[] values(int j) { return kind[j] == COL ? col[j] : v[j]; }
    int at(int j, int lo) { return kind[j] == COL ? lo : 0; }
    double[] adjoints(int j) { return adj[j]; }
    double[] tmp() { return tmp; }
    boolean isVector(int j) { return vector[j]; }
    double scalar(int j) { return scalar[j]; }

    /** What node j's adjoint is: an array its one user writes, an array to add into, a sum over the rows, or nothing (data, constants, a term sharing its sum's array). */
    static final int NONE = 0, WRITE = 1, ADD = 2, SUM = 3;

    int sink(int j) {
        if (kind[j] == COL || kind[j] == CONST || alias[j]) return NONE;
        if (adj[j] != null) return sole[j] ? WRITE : ADD;
        return SUM;
    }

    void addScalar(int j, double s) { sadj[j] += s; }
}
