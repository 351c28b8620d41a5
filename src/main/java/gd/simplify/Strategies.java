package gd.simplify;

import gd.expr.Expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Ways to apply rules: where in the tree (bottomUp), which one (firstOf), how often (exhaust). */
final class Strategies {
    private Strategies() {}

    /** The first rule that applies, or the input unchanged. */
    static Rule firstOf(List<Rule> rules) {
        return Rule.of("first of " + rules, e -> {
            for (Rule r : rules) {
                Expr out = r.apply(e);
                if (out != e) return out;
            }
            return e;
        });
    }

    /** Applies the rule until it no longer applies, at most cap times (rules never grow the tree: a safety net). */
    static Rule exhaust(Rule rule, int cap) {
        return Rule.of(rule.name(), e -> {
            Expr cur = e;
            for (int i = 0; i < cap; i++) {
                Expr next = rule.apply(cur);
                if (next == cur) break;
                cur = next;
            }
            return cur;
        });
    }

    /** Reports each rewrite the rule makes to the trace (when there is one). */
    static Rule traced(Rule rule, Rewrites trace) {
        if (trace == null) return rule;
        return Rule.of(rule.name(), e -> {
            Expr out = rule.apply(e);
            if (out != e) trace.rewrote(rule.name(), e, out);
            return out;
        });
    }

    /**
     * Rewrites children first, then the node rebuilt from them. Memoized on identity, so a shared
     * graph (W5: 31 nodes standing for 2^31) is walked once per distinct node.
     */
    static Rule bottomUp(Rule rule) {
        Map<Expr, Expr> memo = new IdentityHashMap<>();
        return Rule.of("bottom-up " + rule.name(), new java.util.function.UnaryOperator<Expr>() {
            public Expr apply(Expr e) {
                Expr done = memo.get(e);
                if (done != null) return done;
                gd.expr.Cancel.check();
                Expr out = rule.apply(withChildren(e, this));
                memo.put(e, out);
                return out;
            }
        });
    }

    private static Expr withChildren(Expr e, java.util.function.UnaryOperator<Expr> f) {
        if (e instanceof Expr.Call c && c.args().size() == 1) {
            Expr a = f.apply(c.arg());
            return a == c.arg() ? e : Expr.call(c.fn(), a);
        }
        if (e instanceof Expr.Call || e instanceof Expr.Apply) {
            List<Expr> args = new ArrayList<>(e.args().size());
            boolean changed = false;
            for (Expr x : e.args()) {
                Expr y = f.apply(x);
                changed |= y != x;
                args.add(y);
            }
            if (!changed) return e;
            return e instanceof Expr.Call c ? Expr.call(c.fn(), args) : Expr.apply(((Expr.Apply) e).op(), args);
        }
        return e;
    }
}
