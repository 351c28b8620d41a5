package gd.simplify;

import gd.expr.Num;
import gd.expr.Tidy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical form: coef · mono · Π base**k, where each base is a primitive sum of two or more
 * terms (content 1, leading term positive) kept unexpanded, and k may be negative (a
 * denominator). Products only add exponents, so they never expand; sums pull out the bases
 * they share and expand the rest (see {@link Canon}).
 */
final class Factored {
    static final Factored ZERO = new Factored(Num.ZERO, Mono.ONE, Map.of());
    static final Factored ONE = new Factored(Num.ONE, Mono.ONE, Map.of());

    final Num coef;
    final Mono mono;
    final Map<Poly, Long> bases;

    Factored(Num coef, Mono mono, Map<Poly, Long> bases) {
        this.coef = coef;
        this.mono = coef.isZero() ? Mono.ONE : mono;
        this.bases = coef.isZero() ? Map.of() : bases;
    }

    static Factored constant(Num c) { return new Factored(c, Mono.ONE, Map.of()); }

    boolean isZero() { return coef.isZero(); }

    /** A plain monomial (no bases): a term of a sum as it stands. */
    boolean isTerm() { return bases.isEmpty(); }

    Factored mul(Factored o) {
        if (isZero() || o.isZero()) return coef.isExact() && o.coef.isExact() ? ZERO : constant(Poly.mul(coef, o.coef));
        Map<Poly, Long> b = new HashMap<>(bases);
        o.bases.forEach((p, k) -> b.merge(p, k, Factored::addNonZero));
        return new Factored(Poly.mul(coef, o.coef), mono.mul(o.mono), b);
    }

    /** The product of all fs, merged once: linear in their total size, where a chain of {@link #mul} is quadratic. */
    static Factored product(List<Factored> fs) {
        Num c = Num.ONE;
        List<Mono> monos = new ArrayList<>();
        Map<Poly, Long> b = new HashMap<>();
        boolean exact = true;
        for (Factored f : fs) {
            c = Poly.mul(c, f.coef);
            exact &= f.coef.isExact();
            monos.add(f.mono);
            f.bases.forEach((p, k) -> b.merge(p, k, Factored::addNonZero));
        }
        if (c.isZero()) return exact ? ZERO : constant(c);
        return new Factored(c, Mono.product(monos), b);
    }

    /** this**k; throws ArithmeticException where that has no exact canonical form (0**-1, huge coefficients). */
    Factored pow(long k) {
        if (k == 1) return this;
        Num c = powNum(coef, k);
        if (c == null) throw new ArithmeticException("no exact power");
        Map<Poly, Long> b = new HashMap<>();
        bases.forEach((p, e) -> b.put(p, Math.multiplyExact(e, k)));
        return new Factored(c, mono.pow(k), k == 0 ? Map.of() : b);
    }

    /** c**k exactly when c is exact, as a double otherwise; null when too large or 0**-k. */
    static Num powNum(Num c, long k) {
        if (k == 0) return Num.ONE;
        if (c.isZero() && k < 0) return null;
        if (c.isOne()) return c;
        if (c.isExact() && c.equals(Num.MINUS_ONE)) return (k & 1) == 0 ? Num.ONE : c;
        if (!c.isExact()) return Num.of(StrictMath.pow(c.doubleValue(), k));
        return k > Integer.MAX_VALUE || k < -Integer.MAX_VALUE ? null : Tidy.exactPow(c, Num.of(k));
    }

    /** The monomial from a polynomial of one term, else content · (primitive polynomial)**1. */
    static Factored of(Poly p, java.util.Comparator<Mono> order) {
        if (p.isZero()) return ZERO;
        if (p.size() == 1) {
            Map.Entry<Mono, Num> t = p.terms.entrySet().iterator().next();
            return new Factored(t.getValue(), t.getKey(), Map.of());
        }
        Num content = p.content();
        Mono lead = p.terms.keySet().stream().min(order).orElseThrow();
        if (p.terms.get(lead).signum() < 0) content = content.negate();
        Poly base = content.isOne() ? p : p.scale(Num.ONE.div(content));
        return new Factored(content, Mono.ONE, Map.of(base, 1L));
    }

    private static Long addNonZero(Long a, Long b) {
        long s = Math.addExact(a, b);
        return s == 0 ? null : s;
    }
}
