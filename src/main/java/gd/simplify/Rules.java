package gd.simplify;

import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;
import gd.expr.Tidy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The local rule table: each rule looks at one node whose children are already simplified. None
 * grows the tree. Collecting terms, combining factors and expanding are done by {@link Canon},
 * which sees whole sums and products at once.
 */
final class Rules {
    private Rules() {}

    /** a + 0 → a, 0 + a → a. */
    static final Rule ADD_ZERO = Rule.of("add zero", e -> dropArgs(e, Op.ADD, Tidy::isZero, Num.ZERO));

    /** a - 0 → a. */
    static final Rule SUBTRACT_ZERO = Rule.of("subtract zero",
            e -> isOp(e, Op.SUB) && Tidy.isZero(right(e)) ? left(e) : e);

    /** 0 - a → -1·a (same size as the seed's (- 0 a), and a coefficient the later steps can fold). */
    static final Rule NEGATE = Rule.of("negate",
            e -> isOp(e, Op.SUB) && Tidy.isZero(left(e)) && !(right(e) instanceof Num)
                    ? Expr.bin(Op.MUL, Num.MINUS_ONE, right(e)) : e);

    /** a - a → 0; drops the case where a is infinite or nan. */
    static final Rule SUBTRACT_ITSELF = Rule.of("subtract itself",
            e -> isOp(e, Op.SUB) && left(e) == right(e) ? Num.ZERO : e);

    /** a · 0 → 0; drops the case where a is infinite or nan. */
    static final Rule MULTIPLY_BY_ZERO = Rule.of("multiply by 0",
            e -> isOp(e, Op.MUL) && e.args().stream().anyMatch(Rules::isExactZero) ? Num.ZERO : e);

    /** a · 1 → a, 1 · a → a. */
    static final Rule MULTIPLY_BY_ONE = Rule.of("multiply by 1", e -> dropArgs(e, Op.MUL, Tidy::isOne, Num.ONE));

    /** a / 1 → a. */
    static final Rule DIVIDE_BY_ONE = Rule.of("divide by 1",
            e -> isOp(e, Op.DIV) && Tidy.isOne(right(e)) ? left(e) : e);

    /** a / a → 1; drops a = 0. */
    static final Rule DIVIDE_BY_ITSELF = Rule.of("divide by itself",
            e -> isOp(e, Op.DIV) && left(e) == right(e) ? Num.ONE : e);

    /** 0 / a → 0 for a not the number 0; drops a = 0 where a is symbolic. */
    static final Rule ZERO_DIVIDED = Rule.of("zero divided",
            e -> isOp(e, Op.DIV) && isExactZero(left(e)) && !Tidy.isZero(right(e)) ? Num.ZERO : e);

    /** a ** 1 → a. */
    static final Rule POWER_OF_ONE = Rule.of("power of 1", e -> isOp(e, Op.POW) && Tidy.isOne(right(e)) ? left(e) : e);

    /** a ** 0 → 1 (Python's 0**0 is 1 too). */
    static final Rule POWER_OF_ZERO = Rule.of("power of 0",
            e -> isOp(e, Op.POW) && isExactZero(right(e)) ? Num.ONE : e);

    /** 1 ** a → 1. */
    static final Rule ONE_TO_A_POWER = Rule.of("one to a power",
            e -> isOp(e, Op.POW) && Tidy.isOne(left(e)) && left(e) instanceof Num n && n.isExact() ? Num.ONE : e);

    /** Numbers only: 2 + 3 → 5, 2 / 3 → the exact 2/3; a double in, a double out. */
    static final Rule FOLD_CONSTANTS = Rule.of("fold constants", Rules::fold);

    /** The rules in the order they are tried at each node. */
    static final List<Rule> LOCAL = List.of(FOLD_CONSTANTS, ADD_ZERO, SUBTRACT_ZERO, SUBTRACT_ITSELF, NEGATE,
            MULTIPLY_BY_ZERO, MULTIPLY_BY_ONE, DIVIDE_BY_ONE, DIVIDE_BY_ITSELF, ZERO_DIVIDED,
            POWER_OF_ONE, POWER_OF_ZERO, ONE_TO_A_POWER);

    private static Expr fold(Expr e) {
        if (e instanceof Expr.Call c && c.fn().arity() > 1) {     // max(1, 2) = 2, max(x, x) = x, where(1, a, b) = a
            Expr folded = c.fn().exactAt(c.args());
            return folded != null ? folded : e;
        }
        if (e instanceof Expr.Call c && c.arg() instanceof Num n && !n.isExact())
            return Num.of(c.fn().apply(n.doubleValue()));
        if (e instanceof Expr.Call c) return exactCall(c.fn(), c.arg(), e);
        if (!(e instanceof Expr.Apply a) || !a.args().stream().allMatch(x -> x instanceof Num)) return e;
        Num acc = (Num) a.left();
        try {
            for (int i = 1; i < a.args().size(); i++) {
                Num r = combine(a.op(), acc, (Num) a.args().get(i));
                if (r == null) return e;
                acc = r;
            }
        } catch (ArithmeticException notRealOrTooLarge) {
            return e;       // (-7)**0.5, or past the exact size cap: stays as it is, so simplifying twice agrees
        }
        return acc;
    }

    private static Num combine(Op op, Num a, Num b) {
        return switch (op) {
            case ADD -> a.add(b);
            case SUB -> a.sub(b);
            case MUL -> a.mul(b);
            case DIV -> b.isZero() ? null : a.div(b);
            case POW -> a.isExact() && b.isExact() ? Tidy.exactPow(a, b) : powDouble(a, b);
        };
    }

    private static Num powDouble(Num a, Num b) {
        if (a.isZero() && b.signum() < 0) return null;
        return a.pow(b);
    }

    /**
     * The values each function has exactly (exp 0 = 1, sin 0 = 0, sqrt 1 = 1; see Fn.exactAt);
     * other exact arguments stay as they are.
     */
    private static Expr exactCall(Fn fn, Expr u, Expr e) {
        Num exact = fn.exactAt(u);
        return exact == null ? e : exact;
    }

    private static Expr dropArgs(Expr e, Op op, Predicate<Expr> drop, Num whenEmpty) {
        if (!isOp(e, op) || e.args().stream().noneMatch(drop)) return e;
        List<Expr> kept = new ArrayList<>();
        for (Expr a : e.args()) if (!drop.test(a)) kept.add(a);
        if (kept.isEmpty()) return whenEmpty;
        return kept.size() == 1 ? kept.get(0) : Expr.apply(op, kept);
    }

    private static boolean isExactZero(Expr e) { return e instanceof Num n && n.isExact() && n.isZero(); }
    private static boolean isOp(Expr e, Op op) { return e instanceof Expr.Apply a && a.op() == op; }
    private static Expr left(Expr e) { return ((Expr.Apply) e).left(); }
    private static Expr right(Expr e) { return ((Expr.Apply) e).right(); }
}
