package gd.simplify;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Finds the leftovers of a simplifier that gave up on a subtree: a number times a product that
 * has a number ((* 3 (* 2 x))), a sum or product nested in one of its own kind, two numbers in
 * one sum or product ((- (+ a 2) 1), (* -1 1)), a product with a reciprocal ((* (/ 1 a) b)),
 * and a double negation. Returns the first offending subtree, or null.
 */
final class Junk {
    private Junk() {}

    static Expr find(Expr root) {
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (!seen.add(e)) continue;
            if (e instanceof Expr.Apply a && junk(a)) return e;
            for (Expr c : e.args()) todo.push(c);
        }
        return null;
    }

    private static boolean junk(Expr.Apply a) {
        Op op = a.op();
        if (op == Op.ADD || op == Op.MUL) {
            int numbers = 0;
            for (Expr c : a.args()) {
                if (c instanceof Num) numbers++;
                if (c instanceof Expr.Apply b && b.op() == op) return true;
                if (op == Op.MUL && isReciprocal(c)) return true;
                if (op == Op.MUL && c instanceof Expr.Apply b && b.op() == Op.MUL && b.left() instanceof Num) return true;
            }
            if (numbers > 1) return true;
        }
        if (op == Op.SUB && a.right() instanceof Num && a.left() instanceof Expr.Apply b
                && (b.op() == Op.ADD || b.op() == Op.SUB) && b.args().stream().anyMatch(c -> c instanceof Num)) return true;
        if (op == Op.MUL && a.left() instanceof Num n && n.equals(Num.MINUS_ONE) && a.args().size() == 2 && a.right() instanceof Num) return true;
        if (op == Op.MUL && a.left() instanceof Num n && n.equals(Num.MINUS_ONE)
                && a.right() instanceof Expr.Apply b && b.op() == Op.MUL && b.left() instanceof Num m && m.equals(Num.MINUS_ONE)) return true;
        return false;
    }

    private static boolean isReciprocal(Expr e) {
        return e instanceof Expr.Apply d && d.op() == Op.DIV && d.left() instanceof Num n && n.isOne();
    }
}
