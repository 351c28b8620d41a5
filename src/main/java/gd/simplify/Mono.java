package gd.simplify;

import java.util.Arrays;

/**
 * A monomial: atoms (symbols and kernels, by their id in {@link Atoms}) to integer powers, sparse
 * and sorted by id, so x**1073741823 is one entry. Exponents may be negative (1/x). Overflow
 * throws ArithmeticException, which the canonicalizer turns into "leave this node as it is".
 */
final class Mono {
    static final Mono ONE = new Mono(new int[0], new long[0]);

    final int[] ids;
    final long[] exps;
    private final int hash;

    private Mono(int[] ids, long[] exps) {
        this.ids = ids;
        this.exps = exps;
        this.hash = Arrays.hashCode(ids) * 31 + Arrays.hashCode(exps);
    }

    static Mono atom(int id) { return new Mono(new int[] {id}, new long[] {1}); }

    /** atom**k, or ONE for k = 0. */
    static Mono power(int id, long k) { return k == 0 ? ONE : new Mono(new int[] {id}, new long[] {k}); }

    boolean isOne() { return ids.length == 0; }

    /** The product of many monomials in one merge (a chain of {@link #mul} would copy n times). */
    static Mono product(java.util.Collection<Mono> ms) {
        java.util.TreeMap<Integer, Long> acc = new java.util.TreeMap<>();
        for (Mono m : ms)
            for (int i = 0; i < m.ids.length; i++)
                acc.merge(m.ids[i], m.exps[i], (a, b) -> a + b == 0 ? null : Math.addExact(a, b));
        int[] ri = new int[acc.size()];
        long[] re = new long[ri.length];
        int n = 0;
        for (java.util.Map.Entry<Integer, Long> t : acc.entrySet()) {
            ri[n] = t.getKey();
            re[n++] = t.getValue();
        }
        return n == 0 ? ONE : new Mono(ri, re);
    }

    /** The product; exponents add, and atoms whose exponents cancel drop out (x/x → 1). */
    Mono mul(Mono o) {
        if (o.isOne()) return this;
        if (isOne()) return o;
        int[] ri = new int[ids.length + o.ids.length];
        long[] re = new long[ri.length];
        int i = 0, j = 0, n = 0;
        while (i < ids.length || j < o.ids.length) {
            int a = i < ids.length ? ids[i] : Integer.MAX_VALUE, b = j < o.ids.length ? o.ids[j] : Integer.MAX_VALUE;
            long e = a <= b ? exps[i] : 0;
            if (b <= a) e = Math.addExact(e, o.exps[j]);
            if (e != 0) {
                ri[n] = Math.min(a, b);
                re[n++] = e;
            }
            if (a <= b) i++;
            if (b <= a) j++;
        }
        return new Mono(Arrays.copyOf(ri, n), Arrays.copyOf(re, n));
    }

    /** The least power of each atom in either (an atom missing from one counts as power 0). */
    Mono gcd(Mono o) {
        int[] ri = new int[ids.length + o.ids.length];
        long[] re = new long[ri.length];
        int i = 0, j = 0, n = 0;
        while (i < ids.length || j < o.ids.length) {
            int a = i < ids.length ? ids[i] : Integer.MAX_VALUE, b = j < o.ids.length ? o.ids[j] : Integer.MAX_VALUE;
            long e = Math.min(a <= b ? exps[i] : 0, b <= a ? o.exps[j] : 0);
            if (e != 0) {
                ri[n] = Math.min(a, b);
                re[n++] = e;
            }
            if (a <= b) i++;
            if (b <= a) j++;
        }
        return n == 0 ? ONE : new Mono(Arrays.copyOf(ri, n), Arrays.copyOf(re, n));
    }

    Mono pow(long k) {
        if (k == 0) return ONE;
        long[] re = new long[exps.length];
        for (int i = 0; i < re.length; i++) re[i] = Math.multiplyExact(exps[i], k);
        return new Mono(ids, re);
    }

    /** The atoms with positive (sign 1) or negative (sign -1) exponents, the latter made positive. */
    Mono part(int sign) {
        int n = 0;
        for (long e : exps) if (Long.signum(e) == sign) n++;
        int[] ri = new int[n];
        long[] re = new long[n];
        n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (Long.signum(exps[i]) != sign) continue;
            ri[n] = ids[i];
            re[n++] = exps[i] * sign;
        }
        return n == ids.length && sign > 0 ? this : new Mono(ri, re);
    }

    /** Total degree, saturating (only used for ordering). */
    long degree() {
        long d = 0;
        for (long e : exps) d = Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, d + e));
        return d;
    }

    long exponentOf(int id) {
        int k = Arrays.binarySearch(ids, id);
        return k < 0 ? 0 : exps[k];
    }

    @Override public int hashCode() { return hash; }

    @Override public boolean equals(Object o) {
        return o == this
                || o instanceof Mono m && m.hash == hash && Arrays.equals(m.ids, ids) && Arrays.equals(m.exps, exps);
    }
}
