package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;

/**
 * A fixed total order on expressions, independent of where they came from, so that the
 * simplifier's output order is stable and simplify is idempotent: numbers first, then symbols
 * alphabetically, then function calls, then other kernels; the smaller first among calls of one
 * function (or nodes of one operator), then argument by argument. Sizes are cached, so telling
 * sin(sin(x)) from sin(sin(sin(x))) does not walk the chain; equal children are the same node
 * (hash-consing), so a comparison descends one path only.
 */
final class Order {
    private Order() {}

    static int compare(Expr a, Expr b) { return compare(a, b, new Work()); }

    /** As {@link #compare(Expr, Expr)}, counting each node pair looked at. */
    static int compare(Expr a, Expr b, Work work) {
        work.tick();
        if (a == b) return 0;
        int k = Integer.compare(kind(a), kind(b));
        if (k != 0) return k;
        if (a instanceof Num x) return compareNum(x, (Num) b);
        if (a instanceof Expr.Sym s) return s.name().compareTo(((Expr.Sym) b).name());
        if (a instanceof Expr.Call c) {
            Expr.Call d = (Expr.Call) b;
            int f = c.fn().compareTo(d.fn());
            if (f == 0) f = Long.compare(c.size(), d.size());
            for (int i = 0; f == 0 && i < c.args().size(); i++) f = compare(c.args().get(i), d.args().get(i), work);
            return f;
        }
        if (a instanceof Expr.Apply p) return compareApply(p, (Expr.Apply) b, work);
        throw new AssertionError(a);
    }

    private static int compareApply(Expr.Apply p, Expr.Apply q, Work work) {
        int c = p.op().compareTo(q.op());
        if (c != 0) return c;
        c = Integer.compare(p.args().size(), q.args().size());
        if (c == 0) c = Long.compare(p.size(), q.size());
        for (int i = 0; c == 0 && i < p.args().size(); i++) c = compare(p.args().get(i), q.args().get(i), work);
        return c;
    }

    private static int compareNum(Num x, Num y) {
        int c = Double.compare(x.doubleValue(), y.doubleValue());
        if (c != 0) return c;
        c = Boolean.compare(x.isExact(), y.isExact());
        if (c != 0 || !x.isExact()) return c;
        c = x.numerator().compareTo(y.numerator());
        return c != 0 ? c : x.denominator().compareTo(y.denominator());
    }

    private static int kind(Expr e) {
        if (e instanceof Num) return 0;
        if (e instanceof Expr.Sym) return 1;
        if (e instanceof Expr.Call) return 2;
        if (e instanceof Expr.Apply) return 3;
        throw new AssertionError(e);
    }
}
