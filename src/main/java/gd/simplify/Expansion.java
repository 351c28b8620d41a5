package gd.simplify;

import gd.expr.Num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multiplies out a term's polynomial bases within the {@link Budget}, each distinct product of
 * bases once per simplification (the terms of a sum often share their denominator).
 */
final class Expansion {
    private final Budget budget = new Budget();
    private final Set<Step> steps;
    private final Map<Map<Poly, Long>, Poly> done = new HashMap<>();

    Expansion(Set<Step> steps) { this.steps = steps; }

    /** f divided by the common bases, multiplied out; null when over budget. */
    Poly expand(Factored f, Map<Poly, Long> common, long maxTerms, boolean record) {
        Map<Poly, Long> rest = new HashMap<>(f.bases);
        common.forEach((p, k) -> rest.merge(p, -k, (a, b) -> a + b == 0 ? null : a + b));
        Poly term = Poly.term(f.coef, f.mono);
        if (rest.isEmpty()) return term;
        if (record) steps.add(Step.EXPAND);
        Poly product = done.get(rest);
        if (product == null) {
            product = multiplyOut(rest, maxTerms);
            if (product == null) return null;
            done.put(rest, product);
        }
        return product.size() > maxTerms ? null : product.mul(term, budget, maxTerms);
    }

    /** Π base**k, smallest factors first (cheapest for sequential multiplication). */
    private Poly multiplyOut(Map<Poly, Long> bases, long maxTerms) {
        List<Map.Entry<Poly, Long>> order = new ArrayList<>(bases.entrySet());
        order.sort(Comparator.comparingLong(b -> (long) b.getKey().size() * b.getValue()));
        Poly r = Poly.term(Num.ONE, Mono.ONE);
        for (Map.Entry<Poly, Long> b : order) {
            Poly pk = b.getKey().pow(b.getValue(), budget, maxTerms);
            r = pk == null ? null : r.mul(pk, budget, maxTerms);
            if (r == null) return null;
        }
        return r;
    }
}
