package gd.diff;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
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
        /** fn is the function of a chain rule step, else null. */
        void step(DiffRule rule, Fn fn, Expr e, Expr derivative);
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

    /**
     * e's derivative one rule deep: the rule at e applied, by the same compute as d, with each
     * operand's derivative taken from inner (a placeholder for "d/dx u", say): the step that
     * explain shows. raw picks the seed's builder, as {@link #raw} does.
     */
    public static Expr oneStep(Expr e, Expr.Sym x, boolean raw, java.util.function.Function<Expr, Expr> inner) {
        Derivative one = new Derivative(raw ? Builder.RAW : Tidy.INSTANCE, x, null);
        for (Expr arg : e.args()) one.memo.put(arg, inner.apply(arg));
        return one.compute(e);
    }

    private Expr d(Expr e) {
        Expr done = memo.get(e);
        if (done != null) return done;
        gd.expr.Cancel.check();                 // once per distinct node: Ctrl-C stops a big d
        Expr r = compute(e);
        memo.put(e, r);
        if (steps != null) steps.step(rule(e), e instanceof Expr.Call c ? c.fn() : null, e, r);
        return r;
    }

    /** The rule compute applied to e (its children's derivatives are in memo by now). */
    private DiffRule rule(Expr e) {
        if (e instanceof Num) return DiffRule.CONSTANT;
        if (e instanceof Expr.Sym) return e == x ? DiffRule.VARIABLE : DiffRule.OTHER_SYMBOL;
        if (e instanceof Expr.Call c && c.fn().arity() > 1) return DiffRule.PIECEWISE;
        if (e instanceof Expr.Call) return DiffRule.CHAIN;
        Expr.Apply a = (Expr.Apply) e;
        boolean tidy = b != Builder.RAW,
                two = a.args().size() == 2;   // the seed's raw rules build every term: name them as they are
        return switch (a.op()) {
            case ADD -> DiffRule.SUM;
            case SUB -> tidy && Tidy.isZero(a.left()) ? DiffRule.NEGATION : DiffRule.DIFFERENCE;
            case MUL -> tidy && two && (constant(a.left()) || constant(a.right())) ? DiffRule.CONSTANT_MULTIPLE
                    : DiffRule.PRODUCT;
            case DIV -> tidy && constant(a.right()) ? DiffRule.CONSTANT_DIVISOR : DiffRule.QUOTIENT;
            case POW -> two && a.right() instanceof Num ? DiffRule.POWER : DiffRule.GENERAL_POWER;
        };
    }

    /** Whether e's derivative (already computed) is exactly 0: a constant here. */
    private boolean constant(Expr e) { return Tidy.isZero(memo.get(e)); }

    private Expr compute(Expr e) {
        if (e instanceof Num) return Num.ZERO;
        if (e instanceof Expr.Sym s) return s == x ? Num.ONE : Num.ZERO;
        if (e instanceof Expr.Call c && c.fn().arity() > 1)
            return c.fn().derivative(c.args(), c.args().stream().map(this::d).toList(), b);
        if (e instanceof Expr.Call c) return chain(c.fn().outer(c.arg(), b), d(c.arg()));
        if (e instanceof Expr.Apply a) return a.args().size() == 2 ? binary(a.op(), a.left(), a.right()) : nary(a);
        throw new AssertionError(e);
    }

    /** f'(u)·du; tidy writes (1/w)·du as du/w: -sin(x)/cos(x), not 1/cos(x)*-sin(x). */
    private Expr chain(Expr outer, Expr du) {
        if (b != Builder.RAW && outer instanceof Expr.Apply a && a.op() == Op.DIV && Tidy.isOne(a.left()))
            return b.div(du, a.right());
        return b.mul(outer, du);
    }

    /** The seed's rule: de/dl · dl/dx + de/dr · dr/dx, with both partials built even where a derivative is 0. */
    private Expr binary(Op op, Expr l, Expr r) {
        Expr dl = d(l), dr = d(r);
        if (b != Builder.RAW && op == Op.DIV) {      // du/v - u·dv/v², as the quotient rule is written, not (1/v)·du
            Expr first = b.div(dl, r);
            return Tidy.isZero(dr) ? first : b.add(first, b.mul(b.div(b.neg(l), b.pow(r, Num.TWO)), dr));
        }
        if (b != Builder.RAW && op == Op.MUL)
            return b.add(b.mul(dl, r), b.mul(l, dr));   // du·v + u·dv, the product rule's order
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
