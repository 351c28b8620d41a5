package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The polynomial canonicalizer: turns a (simplified-locally) expression into its {@link Factored}
 * form and back. Sums and products are gathered through unshared nested nodes in one loop, so a
 * left-deep 100,000-term sum is linear; every other node is memoized on identity, so a shared
 * graph is walked once per distinct node. Anything it cannot treat as a polynomial (calls,
 * symbolic exponents, sums too big to expand) becomes an atom, simplified inside.
 */
final class Canon implements Algebra {
    final Work work;
    final Atoms atoms;
    final Set<Step> steps = EnumSet.noneOf(Step.class);
    private final Map<Expr, Integer> uses;
    private final Map<Expr, Factored> memo = new IdentityHashMap<>();
    private final Map<Expr, Expr> simplified = new IdentityHashMap<>();
    private final Expansion expansion;
    private final Presenter render;
    private final LikePowers likePowers;
    private final Identities identities;

    Canon(Expr root, Work work) {
        this.uses = Uses.count(root);
        this.work = work;
        this.atoms = new Atoms(work);
        this.expansion = new Expansion(steps);
        this.identities = new Identities(this, atoms, steps);
        this.render = new Presenter(this, atoms, work, steps);
        this.likePowers = new LikePowers(this, atoms, steps);
    }

    @Override
    public Expr simplify(Expr e) {
        Expr done = simplified.get(e);
        if (done != null) return done;
        Expr r = render.render(factored(e));
        if (r.size() > e.size()) r = fallback(e);
        simplified.put(e, r);
        return r;
    }

    @Override
    public Factored factored(Expr e) {
        Factored f = memo.get(e);
        if (f == null) {
            gd.expr.Cancel.check();             // once per distinct node: Ctrl-C stops a big simplify
            work.tick();
            f = compute(e);
            memo.put(e, f);
        }
        return f;
    }

    private Factored compute(Expr e) {
        if (e instanceof Num n) return Factored.constant(n);
        if (e instanceof Expr.Sym) return atom(e);
        if (e instanceof Expr.Call c) return call(c);
        if (e instanceof Expr.Apply a) {
            try {
                Factored f = a.op() == Op.POW ? power(a) : sumOrProduct(a);
                return f != null ? f : atom(rebuild(a));
            } catch (ArithmeticException overflowOrDivisionByZero) {
                return atom(rebuild(a));
            }
        }
        throw new AssertionError(e);
    }

    private Factored atom(Expr e) {
        if (e instanceof Num n) return Factored.constant(n);
        return new Factored(Num.ONE, Mono.atom(atoms.id(e)), Map.of());
    }

    /** e as it is, each child in its best form, flattened ({@link Flat}): for a node whose canonical form is larger. */
    private Expr fallback(Expr e) {
        if (!(e instanceof Expr.Apply a)) return e;
        Expr flat = rebuild(a);
        return flat.size() <= e.size() ? flat : e;
    }

    private Expr rebuild(Expr.Apply a) {
        List<Expr> args = new ArrayList<>();
        for (Expr x : a.args()) args.add(simplify(x));
        Expr plain = Expr.apply(a.op(), args), flat = Flat.of(a.op(), args);
        return flat.size() <= plain.size() ? flat : plain;
    }

    private Factored call(Expr.Call c) {
        if (c.fn().arity() > 1) {
            List<Expr> args = c.args().stream().map(this::simplify).toList();
            return atom(Rules.FOLD_CONSTANTS.apply(Expr.call(c.fn(), args)));
        }
        Expr arg = simplify(c.arg());
        Factored known = identities.call(c.fn(), arg);
        if (known != null) steps.add(Step.IDENTITY);
        return known != null ? known : callAtom(c.fn(), arg);
    }

    @Override
    public Factored callAtom(gd.expr.Fn fn, Expr arg) { return atom(Rules.FOLD_CONSTANTS.apply(Expr.call(fn, arg))); }

    @Override
    public Expr render(Factored f) { return render.render(f); }

    /** Integer powers stay polynomial (exponents multiply); any other exponent makes a kernel. */
    private Factored power(Expr.Apply a) { return power(a.left(), simplify(a.right())); }

    @Override
    public Factored power(Expr base, Expr ex) {
        if (ex instanceof Num n && n.isInteger() && n.numerator().bitLength() < 63)
            return identities.quotients(roots(factored(base).pow(n.numerator().longValue())));
        // u**(k/2) = sqrt(u)**k, the same domain
        if (ex instanceof Num n && n.isExact() && n.denominator().equals(java.math.BigInteger.TWO)
                && n.numerator().bitLength() < 31)
            return roots(callAtom(gd.expr.Fn.SQRT, simplify(base)).pow(n.numerator().longValue()));
        if (ex instanceof Num n && n.isExact() && n.signum() < 0)       // x**(-2/3) as 1/x**(2/3)
            return atom(Expr.bin(Op.POW, simplify(base), n.negate())).pow(-1);
        return atom(Expr.bin(Op.POW, simplify(base), ex));
    }

    /** sqrt(u)**k → u**(k/2)·sqrt(u)**(k mod 2) (towards zero): sqrt(u)**2 is u, which extends the domain to u < 0. */
    private Factored roots(Factored f) {
        Factored r = f;
        for (int i = 0; i < f.mono.ids.length; i++) {
            long k = f.mono.exps[i], half = k / 2;
            if (half == 0 || !(atoms.expr(f.mono.ids[i]) instanceof Expr.Call c && c.fn() == gd.expr.Fn.SQRT)) continue;
            Factored rest = new Factored(r.coef, r.mono.mul(Mono.power(f.mono.ids[i], -2 * half)), r.bases);
            r = rest.mul(factored(c.arg()).pow(half));
            steps.add(Step.COMBINE);
        }
        return r;
    }

    /**
     * p with sqrt(u)**2 in any term replaced by u, multiplied out (p itself when that is over
     * budget), and the trigonometric identities applied.
     */
    @Override
    public Poly reduce(Poly p) { return identities.trig(reduceRoots(p)); }

    private Poly reduceRoots(Poly p) {
        boolean any = false;
        for (Mono m : p.terms.keySet())
            for (int i = 0; i < m.ids.length; i++)
                any |= Math.abs(m.exps[i]) >= 2
                        && atoms.expr(m.ids[i]) instanceof Expr.Call c && c.fn() == gd.expr.Fn.SQRT;
        if (!any) return p;
        Poly.Sum s = new Poly.Sum();
        for (Map.Entry<Mono, Num> t : p.terms.entrySet()) {
            Poly term = expand(roots(new Factored(t.getValue(), t.getKey(), Map.of())), Map.of(), Budget.TERMS, false);
            if (term == null) return p;
            s.addAll(term);
        }
        return s.build();
    }

    /** Gathers the terms (or factors) of a + or - (or * or /) chain, descending only into nodes used once. */
    private Factored sumOrProduct(Expr.Apply root) {
        boolean sum = root.op() == Op.ADD || root.op() == Op.SUB;
        List<Factored> parts = new ArrayList<>();
        Deque<Expr> todo = new ArrayDeque<>();
        Deque<Boolean> inverted = new ArrayDeque<>();
        todo.push(root);
        inverted.push(false);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            boolean inv = inverted.pop();
            if (e instanceof Expr.Apply a && (e == root || uses.getOrDefault(e, 2) == 1 && !byZero(a))
                    && sameKind(a.op(), sum)) {
                if (e != root) steps.add(Step.FLATTEN);
                for (int i = a.args().size() - 1; i >= 0; i--) {
                    todo.push(a.args().get(i));
                    inverted.push(inv ^ (i == 1 && (a.op() == Op.SUB || a.op() == Op.DIV)));
                }
            } else {
                Factored f = factored(e);
                parts.add(!inv ? f : sum ? f.mul(Factored.constant(Num.MINUS_ONE)) : f.pow(-1));
            }
        }
        return sum ? add(parts) : multiply(parts);
    }

    /** u/0, which has no canonical form: kept a quotient of its own, so the product around it is still canonical. */
    private static boolean byZero(Expr.Apply a) { return a.op() == Op.DIV && a.right() instanceof Num n && n.isZero(); }

    private static boolean sameKind(Op op, boolean sum) {
        return sum ? op == Op.ADD || op == Op.SUB : op == Op.MUL || op == Op.DIV;
    }

    private Factored multiply(List<Factored> parts) {
        int atomsIn = 0, basesIn = 0, numbers = 0;
        for (Factored f : parts) {
            atomsIn += f.mono.ids.length;
            basesIn += f.bases.size();
            if (!f.coef.isOne()) numbers++;
        }
        Factored r = Factored.product(parts);
        r = identities.quotients(roots(likePowers.combine(r)));
        if (numbers > 1) steps.add(Step.FOLD);
        if (r.mono.ids.length < atomsIn || r.bases.size() < basesIn) steps.add(Step.COMBINE);
        return r;
    }

    /**
     * The sum, over a common denominator unless keeping the fractions apart (terms grouped by
     * denominator) is smaller: then the sum stays an atom, (- x (/ (+ y 1) (+ x 1))).
     */
    Factored add(List<Factored> parts) {
        List<Factored> terms = new ArrayList<>();
        for (Factored f : parts) if (!f.isZero()) terms.add(f);
        if (terms.size() <= 1) {
            if (parts.size() > 1) steps.add(terms.isEmpty() ? Step.COLLECT : Step.FOLD);
            return terms.isEmpty() ? Factored.ZERO : terms.get(0);
        }
        Factored together = combine(terms);
        Map<Map<Poly, Long>, List<Factored>> groups = new LinkedHashMap<>();
        for (Factored f : terms) groups.computeIfAbsent(denominator(f), k -> new ArrayList<>()).add(f);
        if (groups.size() == 1 || together == null) return together;
        List<Factored> sums = new ArrayList<>();
        for (List<Factored> g : groups.values()) {
            Factored sum = combine(g);
            if (sum == null) return together;
            if (!sum.isZero()) sums.add(sum);
        }
        if (sums.size() <= 1) return together;
        Expr apart = render.signedSum(sums);
        return apart.size() < render.render(together).size() ? atom(apart) : together;
    }

    private static Map<Poly, Long> denominator(Factored f) {
        Map<Poly, Long> den = new HashMap<>();
        f.bases.forEach((p, k) -> {
            if (k < 0) den.put(p, k);
        });
        return den;
    }

    /**
     * The sum over a common denominator: bases every term shares (with the least power, so
     * negative powers give the common denominator) are taken out; the rest of each term is
     * expanded and like terms collected. Null when that expansion is over budget.
     */
    private Factored combine(List<Factored> terms) {
        if (terms.size() == 1) return terms.get(0);
        Map<Poly, Long> common = commonBases(terms);
        Mono kernels = commonKernels(terms), without = kernels.pow(-1);
        Poly.Sum s = new Poly.Sum();
        for (Factored f : terms) {
            gd.expr.Cancel.check();             // a sum of many terms is long work at one node
            Poly p = expand(new Factored(f.coef, f.mono.mul(without), f.bases), common, Budget.TERMS, true);
            if (p == null) return null;
            s.addAll(p);
        }
        if (s.collected) steps.add(Step.COLLECT);
        Factored r = Factored.of(identities.trig(s.build()), atoms);
        return r.mul(new Factored(Num.ONE, kernels, common));
    }

    /**
     * The kernels (sin(x), x**x; not symbols, so polynomials stay as they were) that every term
     * has, to the least power: x**x + log(x)·x**x → x**x·(log(x) + 1). Presenter keeps the sum
     * multiplied out unless this is smaller.
     */
    private Mono commonKernels(List<Factored> terms) {
        Mono common = Mono.ONE;
        Mono first = terms.get(0).mono;
        for (int i = 0; i < first.ids.length; i++) {
            int id = first.ids[i];
            if (!atoms.isKernel(id)) continue;
            long m = first.exps[i];
            for (Factored f : terms) m = Math.min(m, f.mono.exponentOf(id));
            if (m > 0) common = common.mul(Mono.power(id, m));
        }
        if (!common.isOne()) steps.add(Step.FACTOR);
        return common;
    }

    /**
     * Each base to its least power over the terms, a term without it counting as power 0 (so
     * a base below any '/' joins the common denominator); the bases left at 0 are dropped.
     * One pass over the terms.
     */
    private Map<Poly, Long> commonBases(List<Factored> terms) {
        Map<Poly, Long> least = new HashMap<>();
        Map<Poly, Integer> count = new HashMap<>();
        for (Factored f : terms) {
            work.add(1 + f.bases.size());
            f.bases.forEach((p, k) -> {
                least.merge(p, k, Math::min);
                count.merge(p, 1, Integer::sum);
            });
        }
        Map<Poly, Long> common = new HashMap<>();
        least.forEach((p, k) -> {
            long m = count.get(p) < terms.size() ? Math.min(k, 0) : k;
            if (m != 0) common.put(p, m);
        });
        for (long k : common.values()) steps.add(k > 0 ? Step.FACTOR : Step.DENOMINATOR);
        return common;
    }

    @Override
    public Poly expand(Factored f, Map<Poly, Long> common, long maxTerms, boolean record) {
        return expansion.expand(f, common, maxTerms, record);
    }
}
