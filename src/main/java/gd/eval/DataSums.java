package gd.eval;

import gd.ast.GdError;
import gd.ast.Node;
import gd.expr.DataSum;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * sum(body for x, y in zip(xs, ys)) over numeric data as a {@link DataSum}: the body is run once
 * with each loop variable a placeholder symbol, instead of once per row. That is only the seed's
 * sum when the body treats its variables as numbers in arithmetic, so the run refuses anything
 * else (a comparison, a truth test, any built-in but arithmetic functions, len, sum, zip, range:
 * see {@link #allows}), and the terms of the first and last rows are checked against the body
 * run on their numbers. When it cannot be used, the comprehension runs as usual.
 */
final class DataSums {
    /**
     * Fewer rows keep the seed's nodes: there is nothing to gain. A batch of float rows
     * (batches(...)) is a data sum at any size, so that each batch's loss has the same graph and
     * one tape serves them all (see {@link gd.grad.Tapes}).
     */
    static final int MIN_ROWS = DataSum.SHOWN_SHORT;
    private static int placeholders;
    /**
     * Each comprehension's placeholders, the same every time it runs, so that its body is the same
     * graph. Per session (weak: a finished session's go), and per loop node by identity: a record's
     * structural hash would walk the whole loop, and its first use bootstraps ObjectMethods, which
     * cost every training script about 20 ms of start-up.
     */
    private static final Map<Interpreter, Map<Node.For, List<Expr.Sym>>> PLACEHOLDERS = new java.util.WeakHashMap<>();

    private DataSums() {}

    /** Whether the call is sum(body for vars in iter) with nothing more: the shape this class handles. */
    static boolean shaped(Node.Call c) {
        return c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Node.Comp comp
                && comp.fors().size() == 1 && comp.fors().get(0).conditions().isEmpty();
    }

    /** The sum, as a DataSum where the data allows it, else by the comprehension and the sum built-in. */
    static Object sum(Interpreter in, Builtin sum, Node.Call call, Map<String, Object> locals) {
        Node.Comp comp = (Node.Comp) call.args().get(0);
        Node.For f = comp.fors().get(0);
        List<Object> items = Values.iterate(in.eval(f.iter(), locals));
        double[][] columns = columns(items, f.vars().size());
        Expr fast = columns == null ? null : build(in, comp, f.vars(), columns, locals);
        if (fast != null) return fast;
        List<Object> terms = in.comprehension(comp, items, locals);
        return sum.impl().call(new Args(sum, List.of(terms), List.of(comp.span()), Map.of(), Map.of(), call.span(), in));
    }

    /** The rows as columns of inexact numbers, or null when they are not that (or too few). */
    private static double[][] columns(List<Object> items, int vars) {
        boolean batch = Floats.isBatch(items) && items.size() >= 2;
        return items.size() < MIN_ROWS && !batch ? null : Floats.columns(items, vars);
    }

    private static Expr build(Interpreter in, Node.Comp comp, List<String> vars, double[][] columns, Map<String, Object> locals) {
        List<Expr.Sym> syms = placeholders(in, comp.fors().get(0));
        Map<String, Object> scope = locals == null ? new HashMap<>() : new HashMap<>(locals);
        for (int c = 0; c < vars.size(); c++) scope.put(vars.get(c), syms.get(c));
        Object body;
        try {
            body = in.columnar(() -> in.eval(comp.body(), scope));
        } catch (GdError | ArithmeticException refused) {
            return null;
        }
        if (!(body instanceof Expr e) || body instanceof Num) return null;
        DataSum ds;
        try {
            ds = new DataSum(e, Num.ZERO, syms, vars, columns);
        } catch (IllegalArgumentException refused) {
            return null;
        }
        if (!ds.hasParam(e, new IdentityHashMap<>()) || !usesData(ds, e)) return null;
        int last = ds.rows() - 1;
        return agrees(in, comp, vars, ds, 0, locals) && agrees(in, comp, vars, ds, last, locals) ? ds.node() : null;
    }

    private static synchronized List<Expr.Sym> placeholders(Interpreter in, Node.For f) {
        return PLACEHOLDERS.computeIfAbsent(in, session -> new IdentityHashMap<>()).computeIfAbsent(f, key -> {
            List<Expr.Sym> syms = new ArrayList<>();
            for (String v : key.vars()) syms.add(Expr.sym(v + "#" + (++placeholders)));
            return List.copyOf(syms);
        });
    }

    private static boolean usesData(DataSum ds, Expr e) {
        if (e instanceof Expr.Sym s) return ds.column(s) >= 0;
        for (Expr a : e.args()) if (usesData(ds, a)) return true;
        return false;
    }

    /** Whether row i's term is what the body gives on row i's numbers (any error there: no, and the usual run reports it). */
    private static boolean agrees(Interpreter in, Node.Comp comp, List<String> vars, DataSum ds, int i, Map<String, Object> locals) {
        Map<String, Object> scope = locals == null ? new HashMap<>() : new HashMap<>(locals);
        for (int c = 0; c < vars.size(); c++) scope.put(vars.get(c), ds.num(c, i));
        try {
            return in.eval(comp.body(), scope) == ds.term(i);
        } catch (GdError | ArithmeticException e) {
            return false;
        }
    }

    /** The built-ins a body may call while its variables are placeholders: those that only build arithmetic. */
    static boolean allows(Builtin b) {
        return gd.expr.Fn.byName(b.name()) != null || List.of("len", "sum", "zip", "range", "mean").contains(b.name());
    }
}
