package gd.grad;

import gd.ast.GdError;
import gd.expr.Cancel;
import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Op;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reverse mode: an expression graph laid out once, in topological order, as flat arrays of
 * opcodes and child indices, then run forward (values) and backward (adjoints, added with +=
 * into shared nodes) as many times as training needs; only the parameter values change.
 * The layout is iterative, so a loss of a million points does not overflow the stack. Each
 * operation computes exactly what {@link gd.eval.Val} and the seed's raw derivative compute, in
 * the same order, so the seed's trajectories come out bit for bit.
 */
public final class Tape implements Engine {
    private final List<Expr.Sym> params;
    private final int first, size, root;      // nodes first..size-1 run; those before are constants
    private final byte[] op;
    private final int[] l, r, k, nkids;
    private final double[] value, adjoint;
    private final RowKernel[] kernels;
    private final DataSum[] binding;          // the rows each kernel runs over for this tape's loss
    private final Object shared;              // what every tape with these kernels locks (their arrays are shared)
    private static final Fn[] FNS = Fn.values();
    private static final AtomicLong COMPILES = new AtomicLong();

    private Tape(List<Expr.Sym> params, TapeCode code, DataSum[] binding) {
        this.params = params;
        this.first = code.constants; this.size = code.size; this.root = code.root;
        this.op = code.op; this.l = code.l; this.r = code.r; this.k = code.k; this.nkids = code.nkids;
        this.value = code.value;
        this.kernels = code.kernels;
        this.binding = binding;
        this.shared = code.shared;
        this.adjoint = new double[size];
    }

    /** The same tape for another loss of its shape (see {@link Shape}): its kernels run over that loss's rows. */
    private Tape(Tape t, DataSum[] binding) {
        this.params = t.params;
        this.first = t.first; this.size = t.size; this.root = t.root;
        this.op = t.op; this.l = t.l; this.r = t.r; this.k = t.k; this.nkids = t.nkids;
        this.value = t.value;
        this.kernels = t.kernels;
        this.binding = binding;
        this.shared = t.shared;
        this.adjoint = t.adjoint;
    }

    Tape rebound(DataSum[] data) { return new Tape(this, data); }

    /** How many tapes have been compiled in this JVM: a test's way to see that a loop reuses one. */
    public static long compiles() { return COMPILES.get(); }

    /** Compiles the loss over the given parameters; any other symbol in it is an error that names it. */
    public static Tape compile(Expr loss, List<Expr.Sym> params) { return compile(Layout.of(loss), params, true); }

    /** As above, from a layout already made (to find the parameters, say). */
    public static Tape compile(Layout layout, List<Expr.Sym> params) { return compile(layout, params, true); }

    /** As above; merge=false keeps every node of the layout (see {@link Fusion}), for tests that compare the two. */
    static Tape compile(Layout layout, List<Expr.Sym> params, boolean merge) {
        COMPILES.incrementAndGet();
        return new Tape(params, code(layout, params, merge), layout.sums);
    }

    private static TapeCode code(Layout layout, List<Expr.Sym> params, boolean merge) {
        Map<Expr.Sym, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < params.size(); i++) index.put(params.get(i), i);
        List<Expr.Sym> symbols = layout.nodes.symbols();
        int[] param = new int[symbols.size()];
        for (int s = 0; s < param.length; s++) param[s] = index.getOrDefault(symbols.get(s), -1);
        return new TapeCode(layout.nodes, param, merge);
    }

    /**
     * Every distinct node of e's graph with its value and its adjoint d e / d node at the point
     * (point: each symbol's value), children before parents
     * as a post-order walk meets them: [0] the values, [1] the adjoints. For graph(e, at=).
     */
    public static double[][] everyNode(Expr e, java.util.function.ToDoubleFunction<Expr.Sym> point) {
        Layout layout = Layout.unfolded(e);
        double[] at = new double[layout.symbols().size()];
        for (int i = 0; i < at.length; i++) at[i] = point.applyAsDouble(layout.symbols().get(i));
        TapeCode code = code(layout, layout.symbols(), false);
        Tape tape = new Tape(layout.symbols(), code, layout.sums);
        tape.evaluate(at, new double[at.length]);
        if (tape.root < tape.first) tape.adjoint[tape.root] = 1.0;   // a lone number: backward never ran
        int n = layout.nodes.size();
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = tape.value[code.slot(i)];
            out[1][i] = tape.adjoint[code.slot(i)];
        }
        return out;
    }

    public List<Expr.Sym> params() { return params; }
    public int size() { return size; }

    /** The loss at these parameter values, and its gradient into grad (one forward, one backward pass). */
    @Override public double evaluate(double[] at, double[] grad) {
        if (kernels.length == 0) return run(at, grad);
        synchronized (shared) {
            for (int i = 0; i < kernels.length; i++) kernels[i].bind(binding[i]);   // checked when this tape was made, so it succeeds
            return run(at, grad);
        }
    }

    private double run(double[] at, double[] grad) {
        for (RowKernel kernel : kernels) kernel.withGradient(grad != null);
        double loss = forward(at);
        if (grad != null) backward(grad);
        return loss;
    }

    private double forward(double[] at) {
        double[] v = value;
        byte[] op = this.op;                   // locals, not fields: C1 (the launcher's JIT) reloads fields on every iteration
        int[] l = this.l, r = this.r, k = this.k;
        for (int j = 0, i = first, n = size; i < n; j++, i++) {
            if ((j & 0xFFFF) == 0xFFFF) Cancel.check();
            switch (op[j]) {
                case Opcode.PARAM -> v[i] = at[l[j]];
                case Opcode.ADD -> v[i] = v[l[j]] + v[r[j]];
                case Opcode.AXPY -> v[i] = v[l[j]] + v[r[j]] * v[k[j]];
                case Opcode.SUB -> v[i] = v[l[j]] - v[r[j]];
                case Opcode.ADDSUB -> v[i] = v[l[j]] + v[r[j]] - v[k[j]];
                case Opcode.MUL, Opcode.MULL, Opcode.MULR -> v[i] = v[l[j]] * v[r[j]];
                case Opcode.SQR -> v[i] = v[l[j]] * v[l[j]];
                case Opcode.DIV -> v[i] = v[l[j]] / v[r[j]];
                case Opcode.POW, Opcode.POWC -> v[i] = Op.pow(v[l[j]], v[r[j]]);
                case Opcode.FN -> v[i] = FNS[r[j]].apply(v[l[j]]);
                case Opcode.DATA -> v[i] = kernels[k[j]].forward(v, nkids, l[j], r[j]);
                case Opcode.PIECE -> v[i] = FNS[k[j]].apply(v[nkids[l[j]]], v[nkids[l[j] + 1]], third(j));
                default -> v[i] = nary(op[j], l[j], r[j]);
            }
        }
        return v[root];
    }

    private double nary(byte o, int from, int to) {
        double acc = term(nkids[from]);
        for (int k = from + 1; k < to; k++) acc = o == Opcode.NADD ? acc + term(nkids[k]) : acc * value[nkids[k]];
        return acc;
    }

    /** A PIECE node's third operand's value, or 0 for a function of two. */
    private double third(int j) { return r[j] - l[j] > 2 ? value[nkids[l[j] + 2]] : 0.0; }

    /** A function of several arguments: each operand gets the adjoint times its partial (a zero partial pushes nothing: see backward). */
    private void piece(int j, double a) {
        Fn f = FNS[k[j]];
        double x = value[nkids[l[j]]], y = value[nkids[l[j] + 1]], z = third(j);
        for (int t = l[j]; t < r[j]; t++) {
            double p = f.partial(t - l[j], x, y, z);
            if (p != 0.0) adjoint[nkids[t]] += a * p;
        }
    }

    /** A sum's operand: node t's value, or for ~x (negative) the square of x that the sum absorbed, as SQR computes it. */
    private double term(int t) { return t >= 0 ? value[t] : value[~t] * value[~t]; }

    /**
     * The seed's partials: d(l+r) = 1, 1; d(l-r) = 1, -1; d(l*r) = r, l; the others from
     * {@link Op} and {@link Fn#slope}. Adjoints are added into constants too (never read), so no push needs a test.
     */
    private void backward(double[] grad) {
        double[] v = value, adj = adjoint;
        byte[] op = this.op;
        int[] l = this.l, r = this.r, k = this.k;
        java.util.Arrays.fill(adj, first, size, 0.0);
        java.util.Arrays.fill(grad, 0.0);
        if (root < first) return;              // a constant loss: every gradient is 0
        adj[root] = 1.0;
        for (int i = size - 1, j = i - first; j >= 0; i--, j--) {
            if ((j & 0xFFFF) == 0) Cancel.check();
            double a = adj[i];
            if (a == 0.0)
                continue;            // pushes nothing; and where's untaken side, nan there, must not make the gradient nan
            int x = l[j], y = r[j];
            switch (op[j]) {
                case Opcode.PARAM -> grad[x] += a;
                case Opcode.ADD -> { adj[x] += a; adj[y] += a; }
                case Opcode.AXPY -> { adj[x] += a; adj[y] += a * v[k[j]]; }
                case Opcode.SUB -> { adj[x] += a; adj[y] += a * -1.0; }
                case Opcode.ADDSUB -> { // as SUB, then ADD from its adjoint 0.0 + a
                    adj[k[j]] += a * -1.0;
                    double s = 0.0 + a;
                    adj[x] += s;
                    adj[y] += s;
                }
                case Opcode.MUL -> { adj[x] += a * v[y]; adj[y] += a * v[x]; }
                case Opcode.MULL -> adj[y] += a * v[x];
                case Opcode.MULR -> adj[x] += a * v[y];
                case Opcode.SQR -> adj[x] += a * (2.0 * v[x]);             // r * l**(r-1) with r = 2, exactly
                case Opcode.DIV -> { adj[x] += a * Op.divLeft(v[y]); adj[y] += a * Op.divRight(v[x], v[y]); }
                case Opcode.POWC -> adj[x] += a * Op.powLeft(v[x], v[y]);
                case Opcode.POW -> { adj[x] += a * Op.powLeft(v[x], v[y]); adj[y] += a * Op.powRight(v[x], v[i]); }
                case Opcode.FN -> adj[x] += a * FNS[y].slope(v[x]);
                case Opcode.DATA -> kernels[k[j]].backward(a, adj, nkids, x);
                case Opcode.PIECE -> piece(j, a);
                default -> nary(op[j], x, y, a);
            }
        }
    }

    /**
     * A flattened sum or product: every term gets the adjoint, every factor the product of the
     * others. An absorbed square e**2 passes e what SQR would, from the adjoint it would have had (0.0 + a).
     */
    private void nary(byte o, int from, int to, double a) {
        for (int k = from; k < to; k++) {
            int t = nkids[k];
            if (o == Opcode.NADD && t >= 0) { adjoint[t] += a; continue; }
            if (o == Opcode.NADD) { adjoint[~t] += (0.0 + a) * (2.0 * value[~t]); continue; }
            double others = 1.0;
            for (int m = from; m < to; m++) if (m != k) others *= value[nkids[m]];
            adjoint[nkids[k]] += a * others;
        }
    }

    static GdError unknownSymbol(Expr.Sym s) {
        return GdError.run("'" + s.name()
                + "' in the loss is not a parameter, so it has no value to train; declare it with 'params "
                + s.name() + "' or give it a number");
    }

}
