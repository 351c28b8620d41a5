package gd.teach;

import gd.expr.Builder;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An expression as the shared graph it really is: each distinct node once, children before
 * parents (found iteratively, so a 100,000-deep chain is fine). On it: values in doubles (a
 * pole or a log of a negative gives inf or nan rather than an error), and reverse-mode
 * adjoints, micrograd's backward pass: seed 1 at the root, walk parents before children,
 * add each node's share into its children so that shared nodes accumulate.
 */
final class Dag {
    final List<Expr> order = new ArrayList<>();             // topological: children first, root last
    final Map<Expr, Integer> index = new IdentityHashMap<>();

    Dag(Expr root) {
        Deque<Expr> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        index.put(root, -1);
        while (!stack.isEmpty()) {
            Expr e = stack.peek();
            int i = next.pop();
            if (i < e.args().size()) {
                next.push(i + 1);
                Expr child = e.args().get(i);
                if (!index.containsKey(child)) { index.put(child, -1); stack.push(child); next.push(0); }
                continue;
            }
            stack.pop();
            index.put(e, order.size());
            order.add(e);
            if ((order.size() & 0xFFF) == 0) Cancel.check();
        }
    }

    int size() { return order.size(); }

    /** The symbols, in the order they first occur reading left to right. */
    List<Expr.Sym> symbols() {
        List<Expr.Sym> syms = new ArrayList<>();
        for (Expr e : order) if (e instanceof Expr.Sym s) syms.add(s);
        return syms;
    }

    /** Every node's value, given each symbol's (NaN where lookup has none). */
    double[] values(Function<Expr.Sym, Double> lookup) {
        double[] v = new double[order.size()];
        for (int i = 0; i < v.length; i++) {
            Expr e = order.get(i);
            if (e instanceof Num n) v[i] = n.doubleValue();
            else if (e instanceof Expr.Sym s) v[i] = lookup.apply(s) == null ? Double.NaN : lookup.apply(s);
            else if (e instanceof Expr.Call c) v[i] = c.fn().apply(v[index.get(c.arg())]);
            else v[i] = apply((Expr.Apply) e, v);
        }
        return v;
    }

    private double apply(Expr.Apply a, double[] v) {
        double acc = v[index.get(a.left())];
        for (int k = 1; k < a.args().size(); k++) {
            double y = v[index.get(a.args().get(k))];
            switch (a.op()) {
                case ADD: acc += y; break;
                case SUB: acc -= y; break;
                case MUL: acc *= y; break;
                case DIV: acc /= y; break;
                default: acc = y == 2 ? acc * acc : StrictMath.pow(acc, y);
            }
        }
        return acc;
    }

    /** d root / d node for every node, by one backward pass over the values. */
    double[] adjoints(double[] v) {
        double[] g = new double[order.size()];
        g[g.length - 1] = 1;
        for (int i = g.length - 1; i >= 0; i--) {
            Expr e = order.get(i);
            if (g[i] == 0) continue;
            if (e instanceof Expr.Call c) g[index.get(c.arg())] += g[i] * outer(c, v[index.get(c.arg())]);
            else if (e instanceof Expr.Apply a) backward(a, g[i], v, g);
        }
        return g;
    }

    /** f'(u) as a number, from the same outer derivative that d uses. */
    private static double outer(Expr.Call c, double u) {
        try {
            return ((Num) c.fn().outer(Num.of(u), Builder.RAW)).doubleValue();
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }

    private void backward(Expr.Apply a, double adj, double[] v, double[] g) {
        List<Expr> args = a.args();
        int l = index.get(a.left()), r = index.get(a.right());
        switch (a.op()) {
            case ADD -> { for (Expr x : args) g[index.get(x)] += adj; }
            case SUB -> { g[l] += adj; g[r] -= adj; }
            case MUL -> {
                for (int k = 0; k < args.size(); k++) {
                    double others = 1;
                    for (int j = 0; j < args.size(); j++) if (j != k) others *= v[index.get(args.get(j))];
                    g[index.get(args.get(k))] += adj * others;
                }
            }
            case DIV -> { g[l] += adj / v[r]; g[r] -= adj * v[l] / (v[r] * v[r]); }
            case POW -> {
                g[l] += adj * v[r] * StrictMath.pow(v[l], v[r] - 1);
                if (!(a.right() instanceof Num)) g[r] += adj * StrictMath.log(v[l]) * StrictMath.pow(v[l], v[r]);   // as d: a constant exponent has no partial
            }
        }
    }
}
