package gd.train;

import gd.ast.GdError;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse mode: an expression graph laid out once, in topological order, as flat arrays of
 * opcodes and child indices, then run forward (values) and backward (adjoints, added with +=
 * into shared nodes) as many times as training needs; only the parameter values change.
 * The layout is iterative, so a loss of a million points does not overflow the stack. Each
 * operation computes exactly what {@link gd.eval.Val} and the seed's raw derivative compute, in
 * the same order, so the seed's trajectories come out bit for bit.
 */
public final class Tape implements Engine {
    /** The layout's opcodes (TapeBuilder); the passes run on {@link TapeCode}'s packed form. */
    static final byte CONST = 0, PARAM = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, POW = 6, FN = 7;

    private final List<Expr.Sym> params;
    private final int first, size, root;      // nodes first..size-1 run; those before are constants
    private final byte[] op;
    private final int[] l, r, k, nkids;
    private final double[] value, adjoint;
    private static final Fn[] FNS = Fn.values();

    private Tape(List<Expr.Sym> params, TapeCode code) {
        this.params = params;
        this.first = code.constants; this.size = code.size; this.root = code.root;
        this.op = code.op; this.l = code.l; this.r = code.r; this.k = code.k; this.nkids = code.nkids;
        this.value = code.value;
        this.adjoint = new double[size];
    }

    /** Compiles the loss over the given parameters; any other symbol in it is an error that names it. */
    public static Tape compile(Expr loss, List<Expr.Sym> params) { return compile(loss, params, true); }

    /** As above; merge=false keeps every node of the layout (see {@link Fusion}), for tests that compare the two. */
    static Tape compile(Expr loss, List<Expr.Sym> params, boolean merge) {
        Map<Expr.Sym, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < params.size(); i++) index.put(params.get(i), i);
        TapeBuilder layout = LastLayout.take(loss);
        if (layout == null) layout = TapeBuilder.layout(loss);
        int[] param = new int[layout.symbols().size()];
        for (int s = 0; s < param.length; s++) param[s] = index.getOrDefault(layout.symbols().get(s), -1);
        return new Tape(params, new TapeCode(layout, param, merge));
    }

    public List<Expr.Sym> params() { return params; }
    public int size() { return size; }

    /** The loss at these parameter values, and its gradient into grad (one forward, one backward pass). */
    @Override public double evaluate(double[] at, double[] grad) {
        double loss = forward(at);
        if (grad != null) backward(grad);
        return loss;
    }

    public double forward(double[] at) {
        double[] v = value;
        byte[] op = this.op;                   // locals, not fields: C1 (the launcher's JIT) reloads fields on every iteration
        int[] l = this.l, r = this.r, k = this.k;
        for (int j = 0, i = first, n = size; i < n; j++, i++) {
            if ((j & 0xFFFF) == 0xFFFF) Cancel.check();
            switch (op[j]) {
                case TapeCode.PARAM -> v[i] = at[l[j]];
                case TapeCode.ADD -> v[i] = v[l[j]] + v[r[j]];
                case TapeCode.AXPY -> v[i] = v[l[j]] + v[r[j]] * v[k[j]];
                case TapeCode.SUB -> v[i] = v[l[j]] - v[r[j]];
                case TapeCode.ADDSUB -> v[i] = v[l[j]] + v[r[j]] - v[k[j]];
                case TapeCode.MUL, TapeCode.MULL, TapeCode.MULR -> v[i] = v[l[j]] * v[r[j]];
                case TapeCode.SQR -> v[i] = v[l[j]] * v[l[j]];
                case TapeCode.DIV -> v[i] = v[l[j]] / v[r[j]];
                case TapeCode.POW, TapeCode.POWC -> v[i] = pow(v[l[j]], v[r[j]]);
                case TapeCode.FN -> v[i] = FNS[r[j]].apply(v[l[j]]);
                default -> v[i] = nary(op[j], l[j], r[j]);
            }
        }
        return v[root];
    }

    private double nary(byte o, int from, int to) {
        double acc = term(nkids[from]);
        for (int k = from + 1; k < to; k++) acc = o == TapeCode.NADD ? acc + term(nkids[k]) : acc * value[nkids[k]];
        return acc;
    }

    /** A sum's operand: node t's value, or for ~x (negative) the square of x that the sum absorbed, as SQR computes it. */
    private double term(int t) { return t >= 0 ? value[t] : value[~t] * value[~t]; }

    /** Python's operators on doubles, as {@link Num} computes them (x**2 as x*x). */
    static double apply(byte o, double x, double y) {
        switch (o) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return x / y;
            default: return pow(x, y);
        }
    }

    /** As {@link Num#pow}: x**2 is x*x; x**1 is x, which StrictMath.pow also gives, but its general algorithm is slow. */
    static double pow(double b, double x) { return x == 2 ? b * b : x == 1 ? b : StrictMath.pow(b, x); }

    /**
     * The seed's partials: d(l+r) = 1, 1; d(l-r) = 1, -1; d(l*r) = r, l; d(l/r) = 1/r, -l/r²;
     * d(l**r) = r*l**(r-1), log(l)*l**r. Adjoints are added into constants too (never read), so no push needs a test.
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
            int x = l[j], y = r[j];
            switch (op[j]) {
                case TapeCode.PARAM -> grad[x] += a;
                case TapeCode.ADD -> { adj[x] += a; adj[y] += a; }
                case TapeCode.AXPY -> { adj[x] += a; adj[y] += a * v[k[j]]; }
                case TapeCode.SUB -> { adj[x] += a; adj[y] += a * -1.0; }
                case TapeCode.ADDSUB -> { adj[k[j]] += a * -1.0; double s = 0.0 + a; adj[x] += s; adj[y] += s; }   // as SUB, then ADD from its adjoint 0.0 + a
                case TapeCode.MUL -> { adj[x] += a * v[y]; adj[y] += a * v[x]; }
                case TapeCode.MULL -> adj[y] += a * v[x];
                case TapeCode.MULR -> adj[x] += a * v[y];
                case TapeCode.SQR -> adj[x] += a * (2.0 * v[x]);             // r * l**(r-1) with r = 2, exactly
                case TapeCode.DIV -> { adj[x] += a * (1.0 / v[y]); adj[y] += a * ((0.0 - v[x]) / (v[y] * v[y])); }
                case TapeCode.POWC -> adj[x] += a * (v[y] * pow(v[x], v[y] - 1.0));
                case TapeCode.POW -> { adj[x] += a * (v[y] * pow(v[x], v[y] - 1.0)); adj[y] += a * (StrictMath.log(v[x]) * v[i]); }
                case TapeCode.FN -> adj[x] += a * Partials.outer(FNS[y], v[x]);
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
            if (o == TapeCode.NADD && t >= 0) { adjoint[t] += a; continue; }
            if (o == TapeCode.NADD) { adjoint[~t] += (0.0 + a) * (2.0 * value[~t]); continue; }
            double others = 1.0;
            for (int m = from; m < to; m++) if (m != k) others *= value[nkids[m]];
            adjoint[nkids[k]] += a * others;
        }
    }

    /**
     * The parameters (in order) that occur in e: those of the session's declared parameters
     * reachable from it. Found by laying e out, which the compile that usually follows reuses.
     */
    public static List<Expr.Sym> paramsIn(Expr e, java.util.Collection<Expr.Sym> declared) {
        TapeBuilder layout = TapeBuilder.layout(e);
        LastLayout.keep(e, layout);
        java.util.Set<Expr.Sym> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(layout.symbols());
        List<Expr.Sym> out = new ArrayList<>();
        for (Expr.Sym p : declared) if (found.contains(p)) out.add(p);
        return out;
    }

    static GdError unknownSymbol(Expr.Sym s) {
        return GdError.run("'" + s.name() + "' in the loss is not a parameter, so it has no value to train; declare it with 'params "
                + s.name() + "' or give it a number");
    }

    static Op opOf(byte o) { return Op.values()[o - ADD]; }
}
