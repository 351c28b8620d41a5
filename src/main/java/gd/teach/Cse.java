package gd.teach;

import gd.expr.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The swell meter's common-subexpression view: every operation the graph uses more than once
 * gets a name (t1 = ..., in the order they are computed), then the expression is written with
 * those names. The lines are what reverse mode computes; the tree that size() counts is what
 * printing (and the seed's symbolic method) pays for.
 */
final class Cse {
    private Cse() {}

    static String print(Expr e) {
        Dag dag = new Dag(e);
        int[] uses = new int[dag.size()];
        for (Expr n : dag.order) for (Expr c : n.args()) uses[dag.index.get(c)]++;
        String prefix = prefix(dag);
        Map<Expr, Expr> named = new IdentityHashMap<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < dag.size(); i++) {
            Expr n = dag.order.get(i);
            Expr rebuilt = rebuild(n, named);
            if (uses[i] > 1 && !n.args().isEmpty() && i < dag.size() - 1) {
                Expr.Sym t = Expr.sym(prefix + (lines.size() + 1));
                lines.add(t.name() + " = " + Infix.print(rebuilt));
                named.put(n, t);
            } else {
                named.put(n, rebuilt);
            }
        }
        lines.add(Infix.print(named.get(e)));
        return String.join("\n", lines);
    }

    private static Expr rebuild(Expr n, Map<Expr, Expr> named) {
        if (n instanceof Expr.Call c) return Expr.call(c.fn(), c.args().stream().map(named::get).toList());
        if (!(n instanceof Expr.Apply a)) return n;
        List<Expr> args = new ArrayList<>(a.args().size());
        for (Expr x : a.args()) args.add(named.get(x));
        return Expr.apply(a.op(), args);
    }

    /** "t", unless the expression already has a symbol like t1; then "t_". */
    private static String prefix(Dag dag) {
        for (Expr.Sym s : dag.symbols()) if (s.name().matches("t[0-9]+")) return "t_";
        return "t";
    }
}
