package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An operator applied to children already in their best form, for a node whose canonical form
 * would be larger: sums and products flattened, their numbers folded into one, reciprocals below
 * one '/', so that a fallback never leaves (* 3 (* 2 x)), (- (+ a 2) 1) or (* (/ 1 a) b). It
 * only regroups what is there (nothing is expanded or collected), so it is never larger.
 */
final class Flat {
    private Flat() {}

    static Expr of(Op op, List<Expr> args) {
        return switch (op) {
            case ADD, SUB -> sum(Expr.apply(op, args));
            case MUL, DIV -> product(Expr.apply(op, args));
            case POW -> Expr.apply(op, args);
        };
    }

    /** The terms added and subtracted, one number last: (+ a b 3), (- (+ a b) c 3). */
    private static Expr sum(Expr e) {
        List<Expr> plus = new ArrayList<>(), minus = new ArrayList<>();
        split(e, Op.ADD, Op.SUB, plus, minus);
        Num k = Num.ZERO;
        for (Expr t : plus) if (t instanceof Num n) k = k.add(n);
        for (Expr t : minus) if (t instanceof Num n) k = k.sub(n);
        plus.removeIf(t -> t instanceof Num);
        minus.removeIf(t -> t instanceof Num);
        moveNegative(plus, minus);
        moveNegative(minus, plus);
        if (k.signum() < 0 && !minus.isEmpty()) minus.add(k.negate());
        else if (!k.isZero()) plus.add(k);                      // nan too
        if (plus.isEmpty() && minus.isEmpty()) return k;
        if (plus.isEmpty()) plus.add(negate(minus.remove(0)));
        Expr p = join(Op.ADD, plus);
        return minus.isEmpty() ? p : Expr.bin(Op.SUB, p, join(Op.ADD, minus));
    }

    /** e's operands under nested join and inverse (ADD and SUB, or MUL and DIV): those inverted go to off. */
    private static void split(Expr e, Op join, Op inverse, List<Expr> on, List<Expr> off) {
        if (e instanceof Expr.Apply a && a.op() == join) for (Expr t : a.args()) split(t, join, inverse, on, off);
        else if (e instanceof Expr.Apply a && a.op() == inverse) {
            split(a.left(), join, inverse, on, off);
            split(a.right(), join, inverse, off, on);
        } else on.add(e);
    }

    /** The operands joined by op; one alone is itself. */
    private static Expr join(Op op, List<Expr> operands) {
        return operands.size() == 1 ? operands.get(0) : Expr.apply(op, operands);
    }

    /** Terms of from with a negative coefficient go to to, negated (a + -2*b is a - 2*b), in their order. */
    private static void moveNegative(List<Expr> from, List<Expr> to) {
        for (int i = 0; i < from.size(); i++) {
            if (from.get(i) instanceof Expr.Apply a && a.op() == Op.MUL
                    && a.left() instanceof Num c && c.signum() < 0) {
                to.add(negate(from.remove(i--)));
            }
        }
    }

    /** -t with the sign in its number: (* -2 x) for (* 2 x), -3 for 3. */
    private static Expr negate(Expr t) {
        if (t instanceof Num n) return n.negate();
        if (t instanceof Expr.Apply a && a.op() == Op.MUL && a.left() instanceof Num c) {
            List<Expr> args = new ArrayList<>(a.args());
            args.set(0, c.negate());
            return product(Expr.apply(Op.MUL, args));
        }
        return Expr.bin(Op.MUL, Num.MINUS_ONE, t);
    }

    /** The factors, one number first, the divisors below one '/': (/ (* 6 x) (* a b)). */
    private static Expr product(Expr e) {
        List<Expr> num = new ArrayList<>(), den = new ArrayList<>();
        split(e, Op.MUL, Op.DIV, num, den);
        Num c = Num.ONE;
        for (Expr t : num) if (t instanceof Num n) c = c.mul(n);
        for (Expr t : den) if (t instanceof Num n && !n.isZero()) c = c.div(n);
        num.removeIf(t -> t instanceof Num);
        den.removeIf(t -> t instanceof Num n && !n.isZero());
        // x/(y*0) is x/0, as y*0 is 0: no canonical form
        if (den.stream().anyMatch(t -> t instanceof Num)) den = List.of(Num.ZERO);
        if (c.isZero() && c.isExact()) return c;
        List<Expr> top = new ArrayList<>(), below = new ArrayList<>();
        if (c.isExact()) {
            if (!c.numerator().equals(BigInteger.ONE)) top.add(Num.of(c.numerator()));
            if (!c.denominator().equals(BigInteger.ONE)) below.add(Num.of(c.denominator()));
        } else if (!c.isOne()) top.add(c);
        top.addAll(num);
        below.addAll(den);
        Expr t = top.isEmpty() ? Num.ONE : join(Op.MUL, top);
        return below.isEmpty() ? t : Expr.bin(Op.DIV, t, join(Op.MUL, below));
    }

}
