package gd.simplify;

import gd.expr.Num;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The fast path of {@link Poly#mul}: two polynomials in one atom with integer coefficients and
 * nonnegative, not too sparse exponents multiply as arrays of BigIntegers, with no hashing and
 * no intermediate Num. This is what keeps f10 (degree 1023) well under a second.
 */
final class Dense {
    private Dense() {}

    /** The product, or null when the fast path does not apply. */
    static Poly mul(Poly a, Poly b) {
        int id = atom(b, atom(a, -1));
        if (id < 0) return null;
        long da = degree(a, id), db = degree(b, id);
        if (da + db > 8L * (a.size() + b.size()) + 64) return null;
        BigInteger[] x = coefficients(a, id, da), y = coefficients(b, id, db), r = new BigInteger[(int) (da + db + 1)];
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) continue;
            for (int j = 0; j < y.length; j++) {
                if (y[j] == null) continue;
                BigInteger p = x[i].multiply(y[j]);
                r[i + j] = r[i + j] == null ? p : r[i + j].add(p);
            }
        }
        Map<Mono, Num> terms = new HashMap<>();
        for (int k = 0; k < r.length; k++)
            if (r[k] != null && r[k].signum() != 0) terms.put(Mono.power(id, k), Num.of(r[k]));
        return Poly.of(terms);
    }

    /**
     * The one atom of p (given id, or -1 for "not yet known"); -2 when p is not univariate with
     * integer coefficients.
     */
    private static int atom(Poly p, int id) {
        if (id == -2) return id;
        for (Map.Entry<Mono, Num> t : p.terms.entrySet()) {
            Mono m = t.getKey();
            if (!t.getValue().isInteger()) return -2;
            if (m.isOne()) continue;
            if (m.ids.length != 1 || m.exps[0] < 0 || (id >= 0 && id != m.ids[0])) return -2;
            id = m.ids[0];
        }
        return id;
    }

    private static long degree(Poly p, int id) {
        long d = 0;
        for (Mono m : p.terms.keySet()) d = Math.max(d, m.exponentOf(id));
        return d;
    }

    private static BigInteger[] coefficients(Poly p, int id, long degree) {
        BigInteger[] c = new BigInteger[(int) degree + 1];
        p.terms.forEach((m, k) -> c[(int) m.exponentOf(id)] = k.numerator());
        return c;
    }
}
