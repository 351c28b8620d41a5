package gd.simplify;

import gd.expr.Num;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse (Laurent) polynomial over atoms: monomials to nonzero coefficients (exact rationals,
 * or doubles where the input had doubles). Immutable once built; equal polynomials are equal
 * objects, so a polynomial can key a map of factors.
 */
final class Poly {
    static final Poly ZERO = new Poly(Map.of());

    final Map<Mono, Num> terms;
    private final int hash;

    private Poly(Map<Mono, Num> terms) {
        this.terms = terms;
        this.hash = terms.hashCode();
    }

    /** The polynomial of these terms (none zero); the map is not copied. */
    static Poly of(Map<Mono, Num> terms) {
        return terms.isEmpty() ? ZERO : new Poly(Collections.unmodifiableMap(terms));
    }

    static Poly term(Num c, Mono m) { return c.isZero() ? ZERO : new Poly(Map.of(m, c)); }

    int size() { return terms.size(); }
    boolean isZero() { return terms.isEmpty(); }

    Poly scale(Num c) {
        Sum s = new Sum();
        terms.forEach((m, k) -> s.add(mul(k, c), m));
        return s.build();
    }

    /** Each term divided by the monomial m (exponents subtract). */
    Poly divide(Mono m) {
        Mono inverse = m.pow(-1);
        Map<Mono, Num> out = new HashMap<>();
        terms.forEach((t, c) -> out.put(t.mul(inverse), c));
        return of(out);
    }

    /** The product, or null when the budget (work, or terms in the result) does not allow it. */
    Poly mul(Poly o, Budget budget, long maxTerms) {
        if (!budget.spend((long) size() * o.size())) return null;
        Poly dense = Dense.mul(this, o);
        if (dense != null) return dense.size() > maxTerms ? null : dense;
        Sum s = new Sum();
        for (Map.Entry<Mono, Num> a : terms.entrySet())
            for (Map.Entry<Mono, Num> b : o.terms.entrySet())
                s.add(mul(a.getValue(), b.getValue()), a.getKey().mul(b.getKey()));
        return s.size() > maxTerms ? null : s.build();
    }

    /** this**k for k >= 0 by repeated multiplication (k is small wherever the budget lets it run). */
    Poly pow(long k, Budget budget, long maxTerms) {
        if (size() == 1) {
            Map.Entry<Mono, Num> t = terms.entrySet().iterator().next();
            Num c = Factored.powNum(t.getValue(), k);
            return c == null ? null : term(c, t.getKey().pow(k));
        }
        // a sum of two or more terms to the k has more than k terms, and costs about size·k²/2 to multiply out
        if (k > maxTerms || !budget.allows((double) size() * k * k / 2)) return null;
        Poly r = term(Num.ONE, Mono.ONE);
        for (long i = 0; i < k && r != null; i++) r = r.mul(this, budget, maxTerms);
        return r;
    }

    /** Coefficient product, avoiding the gcd for integers (the common case in big expansions). */
    static Num mul(Num a, Num b) {
        if (a.isInteger() && b.isInteger()) return Num.of(a.numerator().multiply(b.numerator()));
        return a.mul(b);
    }

    static Num add(Num a, Num b) {
        if (a.isInteger() && b.isInteger()) return Num.of(a.numerator().add(b.numerator()));
        return a.add(b);
    }

    /** The positive exact content gcd(numerators)/lcm(denominators); 1 when any coefficient is a double. */
    Num content() {
        BigInteger g = BigInteger.ZERO, l = BigInteger.ONE;
        for (Num c : terms.values()) {
            if (!c.isExact()) return Num.ONE;
            g = g.gcd(c.numerator());
            l = l.divide(l.gcd(c.denominator())).multiply(c.denominator());
        }
        return Num.rational(g, l);
    }

    @Override public int hashCode() { return hash; }
    @Override public boolean equals(Object o) {
        return o == this || o instanceof Poly p && p.hash == hash && p.terms.equals(terms);
    }

    /** Accumulates terms; records whether two like terms met (for naming the step). */
    static final class Sum {
        private final Map<Mono, Num> acc = new HashMap<>();
        boolean collected;

        void add(Num c, Mono m) {
            Num old = acc.putIfAbsent(m, c);
            if (old != null) {
                acc.put(m, Poly.add(old, c));
                collected = true;
            }
        }

        void addAll(Poly p) { p.terms.forEach((m, c) -> add(c, m)); }

        int size() { return acc.size(); }

        Poly build() {
            acc.values().removeIf(Num::isZero);
            return acc.isEmpty() ? ZERO : new Poly(Collections.unmodifiableMap(acc));
        }
    }
}
