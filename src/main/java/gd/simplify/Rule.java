package gd.simplify;

import gd.expr.Expr;

import java.util.function.UnaryOperator;

/** One rewrite at the root of an expression; returns the same instance when it does not apply. */
public interface Rule extends UnaryOperator<Expr> {
    /** The name a teacher would give the step ("add zero"), shown in explanations. */
    String name();

    static Rule of(String name, UnaryOperator<Expr> rewrite) {
        return new Rule() {
            public Expr apply(Expr e) { return rewrite.apply(e); }
            public String name() { return name; }
            @Override public String toString() { return name; }
        };
    }
}
