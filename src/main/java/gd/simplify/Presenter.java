package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Factored} form back as an expression, the way a teacher would: one number
 * first in a product, x**2 not x*x, a - b not a + -1*b, negative constants inline
 * ((+ (* 13 m) b -27)), a rational coefficient as a division ((/ (* 2 x) 3)). Of the factored
 * form, the expanded one and the expanded one with its content taken out, the smallest wins
 * (ties go to the expanded form); the expansion is attempted only within that size.
 */
final class Presenter {
    private final Algebra algebra;
    private final Atoms atoms;
    private final Work work;
    private final Set<Step> steps;
    private final Map<Poly, Expr> sums = new IdentityHashMap<>();

    Presenter(Algebra algebra, Atoms atoms, Work work, Set<Step> steps) {
        this.algebra = algebra;
        this.atoms = atoms;
        this.work = work;
        this.steps = steps;
    }

    Expr render(Factored f) {
        if (f.isZero()) return f.coef;
        Expr factored = product(f);
        Map<Poly, Long> num = new HashMap<>(), den = new HashMap<>();
        f.bases.forEach((p, k) -> (k > 0 ? num : den).put(p, k));
        if (num.isEmpty()) return factored;
        Poly p = algebra.expand(new Factored(f.coef, f.mono, num), Map.of(), factored.size(), false);
        if (p == null) return factored;
        Factored below = new Factored(Num.ONE, Mono.ONE, den);
        Expr expanded = over(sum(p), den.isEmpty() ? null : product(below.pow(-1)));
        Expr content = product(Factored.of(p, atoms).mul(below));
        Mono common = commonMonomial(p);
        if (common.isOne()) return smallest(expanded, content, factored);
        Factored pulled = Factored.of(algebra.reduce(p.divide(common)), atoms)
                .mul(new Factored(Num.ONE, common, Map.of())).mul(below);
        Expr out = smallest(expanded, content, factored, product(pulled));
        if (out != expanded && out != content && out != factored) steps.add(Step.FACTOR);
        return out;
    }

    /**
     * The largest monomial dividing every term (least power of each atom, negative ones too):
     * x·y in x**2·y + x·y**2.
     */
    static Mono commonMonomial(Poly p) {
        Mono common = null;
        for (Mono m : p.terms.keySet()) common = common == null ? m : common.gcd(m);
        return common == null ? Mono.ONE : common;
    }

    private static Expr smallest(Expr... candidates) {
        Expr best = candidates[0];
        for (Expr c : candidates) if (c.size() < best.size()) best = c;
        return best;
    }

    /** coef · atoms · bases as one product, with negative powers (and a rational's denominator) below a '/'. */
    Expr product(Factored f) {
        if (f.mono.isOne() && f.bases.isEmpty()) return f.coef;
        Poly flipped = f.coef.signum() < 0 && f.coef.isExact() ? absorbingSign(f) : null;
        List<Expr> num = new ArrayList<>(), den = new ArrayList<>();
        // -1·(x - 1)·u → (1 - x)·u: one node fewer, no minus twice
        coefficient(flipped != null ? f.coef.negate() : f.coef, num, den);
        List<Map.Entry<Expr, Long>> factors = new ArrayList<>();
        for (int id : atoms.sorted(f.mono)) factors.add(Map.entry(atoms.expr(id), f.mono.exponentOf(id)));
        List<Map.Entry<Expr, Long>> bases = new ArrayList<>();
        f.bases.forEach((p, k) -> bases.add(Map.entry(sum(p == flipped ? p.scale(Num.MINUS_ONE) : p), k)));
        bases.sort((a, b) -> Order.compare(a.getKey(), b.getKey(), work));
        factors.addAll(bases);
        Map<Expr, Integer> sqrtOf = new IdentityHashMap<>();      // u -> the index of sqrt(u) among factors
        for (int i = 0; i < factors.size(); i++)
            if (factors.get(i).getKey() instanceof Expr.Call c && c.fn() == gd.expr.Fn.SQRT)
                sqrtOf.putIfAbsent(c.arg(), i);
        List<Expr> roots = new ArrayList<>();
        for (Map.Entry<Expr, Long> b : factors)
            roots.add(b.getValue() == 0 ? null : rootPower(b.getKey(), b.getValue(), factors, sqrtOf.get(b.getKey())));
        for (int i = 0; i < factors.size(); i++) {
            Map.Entry<Expr, Long> b = factors.get(i);
            if (b.getValue() == 0) continue;
            boolean up = b.getValue() > 0;
            Expr base = b.getKey();
            if (base instanceof Expr.Apply q && q.op() == Op.DIV
                    && q.left() instanceof Num one && one.isOne() && one.isExact()) {
                base = q.right();           // an atom 1/u (u/0 keeps its quotient): u goes below the '/'
                up = !up;
            }
            (up ? num : den).add(roots.get(i) != null ? roots.get(i) : power(base, Math.abs(b.getValue())));
        }
        if (num.isEmpty() && den.size() == 1 && den.get(0) instanceof Expr.Apply a && a.op() == Op.POW
                && a.right() instanceof Num q && !q.isInteger())
            return Expr.bin(Op.POW, a.left(), q.negate());      // (u**(3/2))**-1 as u**(-3/2)
        return over(multiply(num), den.isEmpty() ? null : multiply(den));
    }

    /**
     * u**k·sqrt(u) as u**((2k+1)/2) where that is smaller ((x**2 + 1)**(3/2)); the sqrt's entry is
     * then zeroed in factors. Null when base has no sqrt beside it with the same sign.
     */
    private static Expr rootPower(Expr base, long k, List<Map.Entry<Expr, Long>> factors, Integer root) {
        if (root == null) return null;
        Map.Entry<Expr, Long> r = factors.get(root);
        if (r.getValue() != Long.signum(k)) return null;
        Expr merged = Expr.bin(Op.POW, base, Num.rational(BigInteger.valueOf(2 * Math.abs(k) + 1), BigInteger.TWO));
        long apart = power(base, Math.abs(k)).size() + r.getKey().size() + (Math.abs(k) == 1 ? 1 : 0);
        if (merged.size() >= apart) return null;
        factors.set(root, Map.entry(r.getKey(), 0L));
        return merged;
    }

    /** A base to the power 1 whose negation is no larger (x - 1, not x + y), to take a -1 coefficient; null if none. */
    private Poly absorbingSign(Factored f) {
        Poly best = null;
        for (Map.Entry<Poly, Long> b : f.bases.entrySet()) {
            if (b.getValue() != 1) continue;
            Poly neg = b.getKey().scale(Num.MINUS_ONE);
            boolean smaller = sum(neg).size() <= sum(b.getKey()).size();
            if (smaller && (best == null || Order.compare(sum(b.getKey()), sum(best), work) < 0)) best = b.getKey();
        }
        return best;
    }

    private static void coefficient(Num c, List<Expr> num, List<Expr> den) {
        if (!c.isExact()) {
            if (!c.isOne()) num.add(c);
            return;
        }
        if (!c.numerator().equals(BigInteger.ONE)) num.add(Num.of(c.numerator()));
        if (!c.denominator().equals(BigInteger.ONE)) den.add(Num.of(c.denominator()));
    }

    /**
     * A sum in term order: all terms added ((+ a (* -3 b) -4)), or the negative ones
     * subtracted ((- a (* 3 b)), (- x 1)), whichever is smaller; the subtraction wins ties.
     */
    Expr sum(Poly p) {
        Expr done = sums.get(p);
        if (done != null) return done;
        List<Mono> order = new ArrayList<>(p.terms.keySet());
        order.sort(atoms);
        List<Expr> all = new ArrayList<>(), plus = new ArrayList<>(), minus = new ArrayList<>();
        for (Mono m : order) {
            Num c = p.terms.get(m);
            Expr t = product(new Factored(c, m, Map.of()));
            if (t instanceof Expr.Apply a && a.op() == Op.ADD) {    // a sum kept apart, one term here: its terms join
                all.addAll(a.args());
                plus.addAll(a.args());
                continue;
            }
            all.add(t);
            if (c.signum() >= 0) plus.add(t);
            else minus.add(product(new Factored(c.negate(), m, Map.of())));
        }
        Expr r = add(all);
        if (!minus.isEmpty() && all.size() > 1) {
            if (plus.isEmpty()) {          // all terms negative: the first stays as it is, the rest are subtracted
                plus.add(all.get(0));
                minus.remove(0);
            }
            Expr sub = Expr.bin(Op.SUB, add(plus), add(minus));
            if (sub.size() <= r.size()) r = sub;
        }
        sums.put(p, r);
        return r;
    }

    /**
     * Sums kept apart, in {@link Order}, as one flat sum: the terms of the positive ones added,
     * of the negative ones subtracted ((- (+ x y (/ 1 (+ x 1))) (/ 2 x)), never a sum in a sum).
     */
    Expr signedSum(List<Factored> fs) {
        List<Expr> pos = new ArrayList<>(), neg = new ArrayList<>();
        List<Factored> negative = new ArrayList<>();
        for (Factored f : fs) {
            if (f.coef.signum() >= 0) pos.add(render(f));
            else {
                neg.add(render(f.mul(Factored.constant(Num.MINUS_ONE))));
                negative.add(f);
            }
        }
        pos.sort((a, b) -> Order.compare(a, b, work));
        neg.sort((a, b) -> Order.compare(a, b, work));
        List<Expr> plus = new ArrayList<>(), minus = new ArrayList<>();
        if (pos.isEmpty()) {            // all negative: the first keeps its sign, as a teacher writes -x - 1/y
            Expr first = neg.remove(0);
            for (Factored f : negative)
                if (render(f.mul(Factored.constant(Num.MINUS_ONE))) == first) splice(render(f), plus, minus);
        }
        for (Expr e : pos) splice(e, plus, minus);
        for (Expr e : neg) splice(e, minus, plus);
        Expr p = add(plus);
        return minus.isEmpty() ? p : Expr.bin(Op.SUB, p, add(minus));
    }

    /** The terms of e into plus, of a subtracted part into minus: (- (+ a b) c) gives a, b and c. */
    private static void splice(Expr e, List<Expr> plus, List<Expr> minus) {
        if (e instanceof Expr.Apply a && a.op() == Op.ADD) plus.addAll(a.args());
        else if (e instanceof Expr.Apply a && a.op() == Op.SUB) {
            splice(a.left(), plus, minus);
            splice(a.right(), minus, plus);
        } else plus.add(e);
    }

    private static Expr add(List<Expr> terms) { return terms.size() == 1 ? terms.get(0) : Expr.apply(Op.ADD, terms); }

    private static Expr multiply(List<Expr> fs) {
        if (fs.isEmpty()) return Num.ONE;
        return fs.size() == 1 ? fs.get(0) : Expr.apply(Op.MUL, fs);
    }

    private static Expr power(Expr base, long k) { return k == 1 ? base : Expr.bin(Op.POW, base, Num.of(k)); }

    private static Expr over(Expr num, Expr den) { return den == null ? num : Expr.bin(Op.DIV, num, den); }
}
