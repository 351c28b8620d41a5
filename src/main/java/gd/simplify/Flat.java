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
        terms(e, plus, minus);
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
        Expr p = plus.size() == 1 ? plus.get(0) : Expr.apply(Op.ADD, plus);
        if (minus.isEmpty()) return p;
        return Expr.bin(Op.SUB, p, minus.size() == 1 ? minus.get(0) : Expr.apply(Op.ADD, minus));
    }

    private static void terms(Expr e, List<Expr> plus, List<Expr> minus) {
        if (e instanceof Expr.Apply a && a.op() == Op.ADD) for (Expr t : a.args()) terms(t, plus, minus);
        else if (e instanceof Expr.Apply a && a.op() == Op.SUB) {
            terms(a.left(), plus, minus);
            terms(a.right(), minus, plus);
        } else plus.add(e);
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
        factors(e, num, den);
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
        Expr t = top.isEmpty() ? Num.ONE : top.size() == 1 ? top.get(0) : Expr.apply(Op.MUL, top);
        if (below.isEmpty()) return t;
        return Expr.bin(Op.DIV, t, below.size() == 1 ? below.get(0) : Expr.apply(Op.MUL, below));
    }

    private static void factors(Expr e, List<Expr> num, List<Expr> den) {
        if (e instanceof Expr.Apply a && a.op() == Op.MUL) for (Expr t : a.args()) factors(t, num, den);
        else if (e instanceof Expr.Apply a && a.op() == Op.DIV) {
            factors(a.left(), num, den);
            factors(a.right(), den, num);
        } else num.add(e);
    }
}
