package gd.eval;

import gd.ast.BinOp;
import gd.ast.Node;
import gd.ast.UnOp;
import gd.expr.Expr;
import gd.expr.Num;

import java.math.BigInteger;

/**
 * Exact fractions where the user typed them: an operand written as a quotient of two whole
 * numbers (1/2, -2/3, (1/3)) stays the exact rational when the other operand is a symbolic
 * expression, so x**(1/2) is x to the exact 1/2 and x*(1/3) is x/3. Everywhere else '/' is
 * Python's: print(1/2) and h = 1/2 give the float 0.5, and so does x**h.
 */
final class Fractions {
    private Fractions() {}

    /** value, or the exact rational that node spells when other is symbolic and node is a fraction of integers. */
    static Object exact(Node node, Object value, Object other) {
        if (!(other instanceof Expr) || other instanceof Num || !(value instanceof Num)) return value;
        Num q = fraction(node);
        return q != null ? q : value;
    }

    private static Num fraction(Node node) {
        if (node instanceof Node.Unary u && u.op() == UnOp.NEG) {
            Num q = fraction(u.operand());
            return q == null ? null : q.negate();
        }
        if (!(node instanceof Node.Binary b) || b.op() != BinOp.DIV) return null;
        BigInteger p = integer(b.left()), q = integer(b.right());
        return p == null || q == null || q.signum() == 0 ? null : Num.rational(p, q);
    }

    private static BigInteger integer(Node node) {
        if (node instanceof Node.Unary u && u.op() == UnOp.NEG) {
            BigInteger n = integer(u.operand());
            return n == null ? null : n.negate();
        }
        return node instanceof Node.NumLit n && n.value().isInteger() ? n.value().numerator() : null;
    }
}
