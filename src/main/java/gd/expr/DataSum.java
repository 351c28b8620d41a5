package gd.expr;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * sum(body for x, y in zip(xs, ys)) over numeric data, kept as its per-row body and its data
 * columns instead of a dozen nodes per row. The body is the expression one row gives, with each
 * loop variable a placeholder symbol; row i's term is the body with the placeholders replaced by
 * row i's numbers and folded as the language folds numbers ({@link Builder#RAW}), which is the
 * term the seed's loop builds. {@link #node} is that sum as the seed builds it,
 * (+ (+ (+ start t0) t1) t2) ..., whose children are made only when a walk asks for them.
 * Columns hold inexact numbers only, so every number the folding makes is a double.
 */
public final class DataSum {
    /** From this many rows a data sum prints as its body and its row count; a smaller one (a batch) prints term by term, as the seed's. */
    public static final int SHOWN_SHORT = 50;

    private final Expr body, start;
    private final List<Expr.Sym> placeholders;
    private final List<String> names;
    private final double[][] columns;
    private final int n;
    private final long termSize;

    /**
     * columns[c][i]: row i's value of placeholders.get(c), named names.get(c) in the loop; at least
     * two rows. The arrays are kept, not copied: the caller hands them over and never changes them.
     */
    public DataSum(Expr body, Expr start, List<Expr.Sym> placeholders, List<String> names, double[][] columns) {
        this.body = body;
        this.start = start;
        this.placeholders = List.copyOf(placeholders);
        this.names = List.copyOf(names);
        this.columns = columns.clone();
        this.n = this.columns[0].length;
        if (n < 2) throw new IllegalArgumentException("a data sum needs two rows or more");
        check(body, new IdentityHashMap<>());
        this.termSize = foldedSize(body, new IdentityHashMap<>());
    }

    /** The whole sum, as the seed's loop builds it. */
    public Expr node() { return prefix(n); }

    public Expr body() { return body; }
    public Expr start() { return start; }
    public List<Expr.Sym> placeholders() { return placeholders; }
    public List<String> names() { return names; }
    public int rows() { return n; }

    /** Row i's value of column c. */
    public double value(int c, int i) { return columns[c][i]; }
    public Num num(int c, int i) { return Num.of(columns[c][i]); }

    /** Column c, all rows (not a copy: never to be changed). */
    public double[] values(int c) { return columns[c]; }

    /** Whether s is one of this sum's placeholders (the column it stands for, or -1). */
    public int column(Expr.Sym s) { return placeholders.indexOf(s); }

    /** The sum of the first count terms: (+ start t0) for one, a deferred node for more. */
    Expr prefix(int count) { return count == 1 ? Builder.RAW.add(start, term(0)) : new Expr.Apply(this, count); }

    long size(int count) { return Sizes.add(Sizes.add(1, start.size()), Sizes.add(termSize, (count - 1) * (termSize + 1))); }

    /** Row i's term: the body with row i's numbers in place of the placeholders, folded. */
    public Expr term(int i) { return fold(body, i, new IdentityHashMap<>()); }

    private Expr fold(Expr e, int i, Map<Expr, Expr> memo) {
        if (e instanceof Num) return e;
        Expr done = memo.get(e);
        if (done != null) return done;
        Expr r;
        if (e instanceof Expr.Sym s) {
            int c = column(s);
            r = c < 0 ? s : num(c, i);
        } else if (e instanceof Expr.Call c && c.fn().arity() > 1) {
            List<Expr> args = c.args().stream().map(a -> fold(a, i, memo)).toList();
            r = args.equals(c.args()) ? e : Builder.RAW.call(c.fn(), args);
        } else if (e instanceof Expr.Call c) {
            Expr a = fold(c.arg(), i, memo);
            r = a == c.arg() ? e : Builder.RAW.call(c.fn(), a);
        } else {
            Expr.Apply a = (Expr.Apply) e;
            Expr l = fold(a.left(), i, memo), rt = fold(a.right(), i, memo);
            r = l == a.left() && rt == a.right() ? e : Builder.RAW.apply(a.op(), l, rt);
        }
        memo.put(e, r);
        return r;
    }

    /** The folding handles binary nodes: a flattened sum or product, or another data sum, over a placeholder is refused. */
    private void check(Expr e, Map<Expr, Boolean> seen) {
        if (e instanceof Num || seen.put(e, Boolean.TRUE) != null) return;
        if (e instanceof Expr.Apply a && a.data() != null) throw new IllegalArgumentException("a data sum inside a data sum");
        if (e instanceof Expr.Apply a && a.args().size() > 2 && hasPlaceholder(a)) throw new IllegalArgumentException("an n-ary node over the data");
        for (Expr a : e.args()) check(a, seen);
    }

    private boolean hasPlaceholder(Expr e) {
        if (e instanceof Expr.Sym s) return column(s) >= 0;
        for (Expr a : e.args()) if (hasPlaceholder(a)) return true;
        return false;
    }

    /** A term's printed size: the body's, each subtree without a parameter counting one (it folds to a number). */
    private long foldedSize(Expr e, Map<Expr, Long> memo) {
        if (e instanceof Num) return e.size();
        if (!hasParam(e, new IdentityHashMap<>())) return 1;
        Long done = memo.get(e);
        if (done != null) return done;
        long s = 1;
        for (Expr a : e.args()) s = Sizes.add(s, foldedSize(a, memo));
        memo.put(e, s);
        return s;
    }

    /** Whether e holds a symbol that is not a placeholder. */
    public boolean hasParam(Expr e, Map<Expr, Boolean> memo) {
        if (e instanceof Num) return false;
        if (e instanceof Expr.Sym s) return column(s) < 0;
        Boolean done = memo.get(e);
        if (done != null) return done;
        boolean found = false;
        for (Expr a : e.args()) found = found || hasParam(a, memo);
        memo.put(e, found);
        return found;
    }
}
