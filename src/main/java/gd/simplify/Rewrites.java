package gd.simplify;

import gd.expr.Expr;

/** Receives each named rewrite the simplifier applies, in order: the subexpression before and after. */
public interface Rewrites {
    void rewrote(String ruleName, Expr before, Expr after);
}
