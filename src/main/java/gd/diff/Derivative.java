package gd.diff;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;
import gd.expr.Tidy;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * d(e, x) by the chain rule: d(l ⊕ r) = ∂⊕/∂l · dl + ∂⊕/∂r · dr, with each operator supplying
 * its two partials and each function its outer derivative. The same recursion serves the seed's
 * raw output (built with {@link Builder#RAW}) and the tidy one (built with {@link Tidy}, then
 * simplified). Shared subexpressions are differentiated once (memo on identity).
 */
public final class Derivative {
    private final Builder b;
    private final Expr.Sym x;
    private final Map<Expr, Expr> memo = new IdentityHashMap<>();
    private final Steps steps;

    /** Told of each rule as the recursion applies it (once per distinct subexpression): what explain(e, x) prints. */
    @FunctionalInterface
    public interface Steps {
        void step(String rule, Expr e, Expr derivative);
    }

    private Derivative(Builder b, Expr.Sym x, Steps steps) {
        this.b = b;
        this.x = x;
        this.steps = steps;
    }

    /** The seed's algorithm, unsimplified, character for character. */
    public static Expr raw(Expr e, Expr.Sym x) { return raw(e, x, null); }

    public static Expr raw(Expr e, Expr.Sym x, Steps steps) { return new Derivative(Builder.RAW, x, steps).d(e); }

    /** The derivative built without zero and one junk, not yet simplified. */
    public static Expr tidy(Expr e, Expr.Sym x) { return tidy(e, x, null); }

    /** As {@link #tidy(Expr, Expr.Sym)}, telling steps (which may be null) of each rule applied. */
    public static Expr tidy(Expr e, Expr.Sym x, Steps steps) { return new Derivative(Tidy.INSTANCE, x, steps).d(e); }

    private Expr d(Expr e) {
        Expr done = memo.get(e);
        if (done != null) return done;
        Expr r = compute(e);
        memo.put(e, r);
        if (steps != null) steps.step(rule(e), e, r);
        return r;
    }

    /** The name of the rule compute applies to e, in a teacher's words. */
    private String rule(Expr e) {
        if (e instanceof Num) return "constant";
        if (e instanceof Expr.Sym) return e == x ? "the variable itself" : "another symbol (a constant here)";
        if (e instanceof Expr.Call c) return "chain rule through " + c.fn().fnName();
        Expr.Apply a = (Expr.Apply) e;
        return switch (a.op()) {
            case ADD -> "sum";
            case SUB -> "difference";
            case MUL -> "product";
            case DIV -> "quotient";
            case POW -> a.args().size() == 2 && a.right() instanceof Num ? "power, constant exponent" : "general power";
        };
    }

    private Expr compute(Expr e) {
        if (e instanceof Num) return Num.ZERO;
        if (e instanceof Expr.Sym s) return s == x ? Num.ONE : Num.ZERO;
        if (e instanceof Expr.Call c) return b.mul(c.fn().outer(c.arg(), b), d(c.arg()));   // chain rule
        if (e instanceof Expr.Apply a) return a.args().size() == 2 ? binary(a.op(), a.left(), a.right()) : nary(a);
        throw new AssertionError(e);
    }

    /** The seed's rule: de/dl · dl/dx + de/dr · dr/dx, with both partials built even where a derivative is 0. */
    private Expr binary(Op op, Expr l, Expr r) {
        Expr dl = d(l), dr = d(r);
        Expr deDl, deDr;
        switch (op) {
            case ADD -> { deDl = Num.ONE; deDr = Num.ONE; }
            case SUB -> { deDl = Num.ONE; deDr = Num.MINUS_ONE; }
            case MUL -> { deDl = r; deDr = l; }
            case DIV -> { deDl = b.div(Num.ONE, r); deDr = b.div(b.neg(l), b.pow(r, Num.TWO)); }
            case POW -> {
                deDl = b.mul(r, b.pow(l, b.sub(r, Num.ONE)));
                // A constant exponent has no partial (the seed's rule); a symbolic one has log(l)·l^r.
                deDr = r instanceof Num ? Num.ZERO : b.mul(b.call(gd.expr.Fn.LOG, l), b.pow(l, r));
            }
            default -> throw new AssertionError(op);
        }
        return b.add(b.mul(deDl, dl), b.mul(deDr, dr));
    }

    /** A flattened sum or product (only the simplifier makes these): the sum rule, or the product rule term by term. */
    private Expr nary(Expr.Apply a) {
        List<Expr> args = a.args();
        Expr total = Num.ZERO;
        for (int i = 0; i < args.size(); i++) {
            Expr di = d(args.get(i));
            if (Tidy.isZero(di)) continue;
            Expr term = di;
            if (a.op() == Op.MUL) {
                for (int j = 0; j < args.size(); j++) if (j != i) term = b.mul(term, args.get(j));
            }
            total = b.add(total, term);
        }
        return total;
    }
}
