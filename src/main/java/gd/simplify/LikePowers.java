package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines like factors with symbolic exponents in a product, which the polynomial form keeps as
 * separate atoms: a**p · a**q → a**(p + q) and a · a**q → a**(q + 1), the new exponent
 * simplified (so x · x**(x - 1) → x**x). Holds for a > 0; at a ≤ 0 the left side may be nan
 * or undefined (0 · 0**-1) where the right side is a number.
 */
final class LikePowers {
    private final Algebra algebra;
    private final Atoms atoms;
    private final Set<Step> steps;

    LikePowers(Algebra algebra, Atoms atoms, Set<Step> steps) {
        this.algebra = algebra;
        this.atoms = atoms;
        this.steps = steps;
    }

    /** f with each base's symbolic powers (and the base itself, when it is an atom of f) combined. */
    Factored combine(Factored f) {
        Map<Expr, List<Integer>> byBase = kernelsByBase(f.mono);
        if (byBase.isEmpty()) return f;
        Factored r = f;
        for (Map.Entry<Expr, List<Integer>> b : byBase.entrySet()) {
            int self = atoms.find(b.getKey());
            long selfExp = self < 0 ? 0 : r.mono.exponentOf(self);
            if (b.getValue().size() < 2 && selfExp == 0) continue;
            r = replace(r, b.getKey(), b.getValue(), self, selfExp);
            steps.add(Step.COMBINE);
        }
        return r;
    }

    /** Symbolic powers among m's atoms, grouped by base (bases are simplified and interned), in atom id order. */
    private Map<Expr, List<Integer>> kernelsByBase(Mono m) {
        Map<Expr, List<Integer>> byBase = new IdentityHashMap<>();
        List<Expr> order = new ArrayList<>();
        for (int id : m.ids) {
            if (!(atoms.expr(id) instanceof Expr.Apply a && a.op() == Op.POW)) continue;
            List<Integer> ids = byBase.get(a.left());
            if (ids == null) {
                byBase.put(a.left(), ids = new ArrayList<>());
                order.add(a.left());
            }
            ids.add(id);
        }
        Map<Expr, List<Integer>> inOrder = new LinkedHashMap<>();
        for (Expr base : order) inOrder.put(base, byBase.get(base));
        return inOrder;
    }

    /** f without the given powers of base, times base**(Σ k·exponent + selfExp). */
    private Factored replace(Factored f, Expr base, List<Integer> kernels, int self, long selfExp) {
        List<Expr> terms = new ArrayList<>();
        Mono out = Mono.ONE;
        for (int id : kernels) {
            long k = f.mono.exponentOf(id);
            Expr ex = ((Expr.Apply) atoms.expr(id)).right();
            terms.add(k == 1 ? ex : Expr.bin(Op.MUL, Num.of(k), ex));
            out = out.mul(Mono.power(id, -k));
        }
        if (selfExp != 0) {
            terms.add(Num.of(selfExp));
            out = out.mul(Mono.power(self, -selfExp));
        }
        Expr exponent = algebra.simplify(Expr.apply(Op.ADD, terms));
        Factored rest = new Factored(f.coef, f.mono.mul(out), f.bases);
        return rest.mul(algebra.power(base, exponent));
    }
}
