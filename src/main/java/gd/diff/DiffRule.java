package gd.diff;

import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;

/**
 * The rules of differentiation that {@link Derivative} applies, each with the name a teacher
 * gives it and its formula in u, v (du, dv their differentials), c and n (constants). The formula
 * is a pair of expressions, so every notation prints it (LaTeX too); the chain rule's is built
 * from the function's own outer derivative, as d builds it.
 */
public enum DiffRule {
    CONSTANT("constant"),
    VARIABLE("the variable itself"),
    OTHER_SYMBOL("another symbol (a constant here)"),
    SUM("sum"),
    DIFFERENCE("difference"),
    NEGATION("negation"),
    CONSTANT_MULTIPLE("constant multiple"),
    CONSTANT_DIVISOR("division by a constant"),
    PRODUCT("product"),
    QUOTIENT("quotient"),
    POWER("power, constant exponent"),
    GENERAL_POWER("general power"),
    CHAIN("chain rule"),
    PIECEWISE("piecewise rule");

    private static final Builder R = Builder.RAW;
    private static final Expr.Sym U = Expr.sym("u"), V = Expr.sym("v"), DU = Expr.sym("du"), DV = Expr.sym("dv"),
            C = Expr.sym("c"), N = Expr.sym("n");

    private final String text;

    DiffRule(String text) { this.text = text; }

    /** The rule's name; the chain rule names its function ("chain rule through sin"). */
    public String title(Fn fn) {
        return this == CHAIN ? text + " through " + fn.fnName() : this == PIECEWISE ? text + " of " + fn.fnName() : text;
    }

    /** Whether the rule is a leaf (a constant or a symbol): told once, it need not be told again. */
    public boolean isLeaf() { return this == CONSTANT || this == VARIABLE || this == OTHER_SYMBOL; }

    /** f'(u)·du, with 1/w·du written du/w as d writes it. */
    private static Expr chain(Expr outer) {
        if (outer instanceof Expr.Apply a && a.op() == gd.expr.Op.DIV && a.left() instanceof Num one && one.isOne())
            return R.div(DU, a.right());
        return R.mul(outer, DU);
    }

    /** max(u, v), where(c, u, v), u > v and the like, differentiated as d does (c's derivative is never used). */
    private static Formula piecewise(Fn fn) {
        java.util.List<Expr> args = fn == Fn.WHERE ? java.util.List.of(C, U, V) : java.util.List.of(U, V);
        java.util.List<Expr> ds = fn == Fn.WHERE ? java.util.List.of(Num.ZERO, DU, DV) : java.util.List.of(DU, DV);
        return new Formula(R.call(fn, args), fn.derivative(args, ds, R));
    }

    /** What the rule differentiates: d(operand) = derivative; for a leaf the operand is the symbol or constant itself. */
    public record Formula(Expr operand, Expr derivative) {}

    /** The formula, for x the variable (the "other symbol" is named so that it is not x) and fn the chain rule's function. */
    public Formula formula(Expr.Sym x, Fn fn) {
        return switch (this) {
            case CONSTANT -> new Formula(C, Num.ZERO);
            case VARIABLE -> new Formula(x, Num.ONE);
            case OTHER_SYMBOL -> new Formula(x == C ? Expr.sym("k") : C, Num.ZERO);
            case SUM -> new Formula(R.add(U, V), R.add(DU, DV));
            case DIFFERENCE -> new Formula(R.sub(U, V), R.sub(DU, DV));
            case NEGATION -> new Formula(R.neg(U), R.neg(DU));
            case CONSTANT_MULTIPLE -> new Formula(R.mul(C, U), R.mul(C, DU));
            case CONSTANT_DIVISOR -> new Formula(R.div(U, C), R.div(DU, C));
            case PRODUCT -> new Formula(R.mul(U, V), R.add(R.mul(DU, V), R.mul(U, DV)));
            case QUOTIENT -> new Formula(R.div(U, V), R.sub(R.div(DU, V), R.div(R.mul(U, DV), R.pow(V, Num.TWO))));
            case POWER -> new Formula(R.pow(U, N), R.mul(R.mul(N, R.pow(U, R.sub(N, Num.ONE))), DU));
            case GENERAL_POWER -> new Formula(R.pow(U, V), R.add(R.mul(R.mul(V, R.pow(U, R.sub(V, Num.ONE))), DU),
                    R.mul(R.mul(R.call(Fn.LOG, U), R.pow(U, V)), DV)));
            case CHAIN -> new Formula(R.call(fn, U), chain(fn.outer(U, R)));
            case PIECEWISE -> piecewise(fn);
        };
    }
}
