package gd.lib;

import gd.expr.Expr;
import gd.expr.Tidy;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replacing symbols by expressions, and finding the symbols an expression holds. Both walk the
 * shared graph once per distinct node (memo on identity), and the rebuilt nodes fold numbers
 * exactly (Tidy), so subs(x**2, {x: 3}) is 9 and not 9.0.
 */
final class Substitution {
    private final Map<Expr.Sym, Expr> with;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();

    private Substitution(Map<Expr.Sym, Expr> with) { this.with = with; }

    static Expr apply(Expr e, Map<Expr.Sym, Expr> with) { return new Substitution(with).walk(e); }

    private Expr walk(Expr e) {
        Expr done = memo.get(e);
        if (done != null) return done;
        Expr out;
        if (e instanceof Expr.Sym s) out = with.getOrDefault(s, s);
        else if (e instanceof Expr.Apply ap) {
            List<Expr> args = ap.args();
            out = walk(args.get(0));
            for (int i = 1; i < args.size(); i++) out = Tidy.INSTANCE.apply(ap.op(), out, walk(args.get(i)));
        } else if (e instanceof Expr.Call c && c.fn().arity() > 1)
            out = Tidy.INSTANCE.call(c.fn(), c.args().stream().map(this::walk).toList());
        else if (e instanceof Expr.Call c) out = Tidy.INSTANCE.call(c.fn(), walk(c.arg()));
        else out = e;                       // a number
        memo.put(e, out);
        return out;
    }

    /** Every symbol in any of the expressions, found without recursion. */
    static Set<Expr.Sym> symbols(List<Expr> roots) {
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr.Sym> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Expr> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (!seen.add(e)) continue;
            if (e instanceof Expr.Sym s) found.add(s);
            todo.addAll(e.args());
        }
        return found;
    }
}
