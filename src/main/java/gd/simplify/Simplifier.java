package gd.simplify;

import gd.expr.Expr;

/** Placeholder until the rule table lands: returns its input. */
public final class Simplifier {
    private Simplifier() {}

    public static Expr simplify(Expr e) { return e; }
}
