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
    static final byte CONST = 0, PARAM = 1, ADD = 2, SUB = 3, MUL = 4, DIV = 5, POW = 6, FN = 7;

    private final List<Expr.Sym> params;
    private final byte[] op;
    private final int[] arg;         // PARAM: parameter index; FN: Fn ordinal; POW: 1 when the exponent is a number
    private final int[] kidStart;    // children of node i are kids[kidStart[i] .. kidStart[i+1])
    private final int[] kids;
    private final double[] value, adjoint;
    private static final Fn[] FNS = Fn.values();

    private Tape(List<Expr.Sym> params, TapeBuilder b) {
        this.params = params;
        int n = b.size();
        this.op = b.ops(); this.arg = b.args(); this.kidStart = b.kidStarts(); this.kids = b.kids();
        this.value = b.constants(n);
        this.adjoint = new double[n];
    }

    /** Compiles the loss over the given parameters; any other symbol in it is an error that names it. */
    public static Tape compile(Expr loss, List<Expr.Sym> params) {
        Map<Expr.Sym, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < params.size(); i++) index.put(params.get(i), i);
        return new Tape(params, TapeBuilder.layout(loss, index));
    }

    public List<Expr.Sym> params() { return params; }
    public int size() { return op.length; }

    /** The loss at these parameter values, and its gradient into grad (one forward, one backward pass). */
    @Override public double evaluate(double[] at, double[] grad) {
        double loss = forward(at);
        if (grad != null) backward(grad);
        return loss;
    }

    public double forward(double[] at) {
        double[] v = value;
        for (int i = 0; i < op.length; i++) {
            if ((i & 0xFFFF) == 0xFFFF) Cancel.check();
            byte o = op[i];
            if (o == CONST) continue;
            if (o == PARAM) { v[i] = at[arg[i]]; continue; }
            int s = kidStart[i];
            if (o == FN) { v[i] = FNS[arg[i]].apply(v[kids[s]]); continue; }
            double acc = v[kids[s]];
            for (int k = s + 1; k < kidStart[i + 1]; k++) acc = apply(o, acc, v[kids[k]]);
            v[i] = acc;
        }
        return v[op.length - 1];
    }

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

    static double pow(double b, double x) { return x == 2 ? b * b : StrictMath.pow(b, x); }

    private void backward(double[] grad) {
        java.util.Arrays.fill(adjoint, 0.0);
        java.util.Arrays.fill(grad, 0.0);
        int last = op.length - 1;
        adjoint[last] = 1.0;
        for (int i = last; i >= 0; i--) {
            if ((i & 0xFFFF) == 0) Cancel.check();
            byte o = op[i];
            if (o == CONST) continue;
            double a = adjoint[i];
            if (o == PARAM) grad[arg[i]] += a;
            else if (o == FN) push(kids[kidStart[i]], a * Partials.outer(FNS[arg[i]], value[kids[kidStart[i]]]));
            else if (kidStart[i + 1] - kidStart[i] == 2) binary(i, o, a);
            else nary(i, o, a);
        }
    }

    private void push(int node, double contribution) {
        if (op[node] != CONST) adjoint[node] += contribution;
    }

    /** The seed's partials: d(l+r) = 1, 1; d(l-r) = 1, -1; d(l*r) = r, l; d(l/r) = 1/r, -l/r²; d(l**r) = r*l**(r-1), log(l)*l**r. */
    private void binary(int i, byte o, double a) {
        int l = kids[kidStart[i]], r = kids[kidStart[i] + 1];
        double vl = value[l], vr = value[r];
        switch (o) {
            case ADD -> { push(l, a); push(r, a); }
            case SUB -> { push(l, a); push(r, a * -1.0); }
            case MUL -> { push(l, a * vr); push(r, a * vl); }
            case DIV -> { push(l, a * (1.0 / vr)); push(r, a * ((0.0 - vl) / (vr * vr))); }
            default -> {
                push(l, a * (vr * pow(vl, vr - 1.0)));
                if (arg[i] == 0) push(r, a * (StrictMath.log(vl) * value[i]));
            }
        }
    }

    /** A flattened sum or product (made by the simplifier): every term gets the adjoint, every factor the product of the others. */
    private void nary(int i, byte o, double a) {
        int s = kidStart[i], e = kidStart[i + 1];
        for (int k = s; k < e; k++) {
            if (o == ADD) { push(kids[k], a); continue; }
            double others = 1.0;
            for (int j = s; j < e; j++) if (j != k) others *= value[kids[j]];
            push(kids[k], a * others);
        }
    }

    /** The parameters (in order) that occur in e: those of the session's declared parameters reachable from it. */
    public static List<Expr.Sym> paramsIn(Expr e, java.util.Collection<Expr.Sym> declared) {
        java.util.Set<Expr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Set<Expr.Sym> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = todo.pop();
            if (x instanceof Num || !seen.add(x)) continue;
            if (x instanceof Expr.Sym s) found.add(s);
            for (Expr c : x.args()) todo.push(c);
        }
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
