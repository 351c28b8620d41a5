package gd.simplify;

import gd.expr.Expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The atoms of one simplification (symbols, and kernels such as sin(x) or x**y), numbered for
 * {@link Mono}, and the term order built on {@link Order}: higher total degree first, then
 * lexicographic in atom order (x**2 before x*y before y**2), the constant last.
 */
final class Atoms implements Comparator<Mono> {
    private final List<Expr> exprs = new ArrayList<>();
    private final Map<Expr, Integer> ids = new IdentityHashMap<>();
    private final Work work;

    Atoms(Work work) { this.work = work; }

    int id(Expr atom) {
        Integer id = ids.get(atom);
        if (id != null) return id;
        exprs.add(atom);
        ids.put(atom, exprs.size() - 1);
        return exprs.size() - 1;
    }

    Expr expr(int id) { return exprs.get(id); }

    /** The id of an atom already numbered, or -1 (without numbering it). */
    int find(Expr atom) {
        Integer id = ids.get(atom);
        return id == null ? -1 : id;
    }

    /** Whether the atom is a kernel (a call, a symbolic power, ...) rather than a symbol. */
    boolean isKernel(int id) { return !(exprs.get(id) instanceof Expr.Sym); }

    /** Compares atoms by {@link Order}. */
    int compareAtoms(int a, int b) { return a == b ? 0 : Order.compare(exprs.get(a), exprs.get(b), work); }

    /** The ids of m's atoms in atom order. */
    Integer[] sorted(Mono m) {
        Integer[] s = new Integer[m.ids.length];
        for (int i = 0; i < s.length; i++) s[i] = m.ids[i];
        Arrays.sort(s, this::compareAtoms);
        return s;
    }

    @Override public int compare(Mono a, Mono b) {
        if (a.isOne() || b.isOne()) return Boolean.compare(a.isOne(), b.isOne());
        int c = Long.compare(b.degree(), a.degree());
        if (c != 0) return c;
        Integer[] sa = sorted(a), sb = sorted(b);
        for (int i = 0, j = 0; i < sa.length || j < sb.length; ) {
            int ab = i == sa.length ? 1 : j == sb.length ? -1 : compareAtoms(sa[i], sb[j]);
            int atom = ab <= 0 ? sa[i] : sb[j];
            c = Long.compare(b.exponentOf(atom), a.exponentOf(atom));
            if (c != 0) return c;
            if (ab <= 0) i++;
            if (ab >= 0) j++;
        }
        return 0;
    }
}
