package gd.grad;

import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loss's graph with each data sum standing for its body, start and row count rather than its
 * numbers. Two losses of one shape differ only in the rows their data sums run over (the batches
 * of a mini-batch loop), so one compiled tape serves both, its kernels rebound to each one's rows
 * ({@link Tapes}). The key lists the distinct nodes children first, left to right, as the layout
 * meets them, so the sums come in the order of the layout's kernels.
 */
final class Shape {
    /** Past this many nodes a loss is not worth comparing (a loss over batches has few nodes outside its data sums). */
    private static final int MOST = 100_000;

    private record Sum(Expr body, Expr start, int rows, List<Expr.Sym> placeholders) {}

    final List<Object> key;
    final DataSum[] sums;

    private Shape(List<Object> key, List<DataSum> sums) {
        this.key = key;
        this.sums = sums.toArray(new DataSum[0]);
    }

    /** The loss's shape; null when it has no data sum or too many nodes. */
    static Shape of(Expr loss) {
        List<Object> key = new ArrayList<>();
        List<DataSum> sums = new ArrayList<>();
        Map<Expr, Integer> at = new IdentityHashMap<>();
        List<Expr> stack = new ArrayList<>(List.of(loss));
        List<Integer> next = new ArrayList<>(List.of(0));
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Expr e = stack.get(top);
            List<Expr> kids = isSum(e) ? List.of() : e.args();
            int c = next.get(top);
            if (c < kids.size()) {
                next.set(top, c + 1);
                if (!at.containsKey(kids.get(c))) { stack.add(kids.get(c)); next.add(0); }
                continue;
            }
            stack.remove(top);
            next.remove(top);
            if (at.containsKey(e)) continue;
            if (at.size() == MOST) return null;
            at.put(e, at.size());
            key.add(form(e, kids, at, sums));
        }
        return sums.isEmpty() ? null : new Shape(key, sums);
    }

    private static boolean isSum(Expr e) { return e instanceof Expr.Apply a && a.data() != null; }

    private static Object form(Expr e, List<Expr> kids, Map<Expr, Integer> at, List<DataSum> sums) {
        if (e instanceof Num || e instanceof Expr.Sym) return e;
        if (isSum(e)) {
            Expr.Apply a = (Expr.Apply) e;
            sums.add(a.data());
            return new Sum(a.data().body(), a.data().start(), a.rows(), a.data().placeholders());
        }
        List<Object> f = new ArrayList<>(kids.size() + 1);
        f.add(e instanceof Expr.Call c ? c.fn() : ((Expr.Apply) e).op());
        for (Expr k : kids) f.add(at.get(k));
        return f;
    }
}
